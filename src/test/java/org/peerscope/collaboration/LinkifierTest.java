package org.peerscope.collaboration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkifierTest {

	@Test
	void plainTextStaysOneSegment() {
		assertThat(Linkifier.segments("No links here.\nSecond line"))
			.containsExactly(seg("No links here.\nSecond line"));
		assertThat(Linkifier.segments("")).isEmpty();
	}

	@Test
	void httpAndHttpsAddressesBecomeLinksWithoutTrailingPunctuation() {
		assertThat(Linkifier.segments("See https://example.org/a?b=1&c=2, then http://x.org/y.")).containsExactly(
				seg("See "), link("https://example.org/a?b=1&c=2"), seg(", then "), link("http://x.org/y"), seg("."));
		assertThat(Linkifier.segments("(https://example.org/page)")).containsExactly(seg("("),
				link("https://example.org/page"), seg(")"));
		assertThat(Linkifier.segments("https://en.wikipedia.org/wiki/Graph_(mathematics)!"))
			.containsExactly(link("https://en.wikipedia.org/wiki/Graph_(mathematics)"), seg("!"));
	}

	@Test
	void otherSchemesAndMarkupNeverBecomeLinks() {
		assertThat(Linkifier.segments("javascript:alert(1) data:text/html,x <a href=\"y\">"))
			.containsExactly(seg("javascript:alert(1) data:text/html,x <a href=\"y\">"));
		// Quotes and angle brackets end an address, so no attribute can be smuggled in.
		assertThat(Linkifier.segments("https://e.org/\"onmouseover=\"x <b>")).containsExactly(link("https://e.org/"),
				seg("\"onmouseover=\"x <b>"));
		assertThat(Linkifier.segments("https:// nothing")).containsExactly(seg("https:// nothing"));
	}

	@Test
	void everyCharacterOfTheTextIsKeptInOrder() {
		java.util.Random random = new java.util.Random(7);
		String[] parts = { "https://a.org/x", " ", "text", ".", ")", "(", "\n", "http://b.org", "<", "\"", "é" };
		for (int i = 0; i < 500; i++) {
			StringBuilder text = new StringBuilder();
			for (int j = 0; j < 12; j++) {
				text.append(parts[random.nextInt(parts.length)]);
			}
			String joined = Linkifier.segments(text.toString())
				.stream()
				.map(TextSegment::text)
				.reduce("", String::concat);
			assertThat(joined).isEqualTo(text.toString());
			assertThat(Linkifier.segments(text.toString())).filteredOn(TextSegment::link)
				.allSatisfy((s) -> assertThat(s.href()).startsWith("http").isEqualTo(s.text()));
		}
	}

	private static TextSegment seg(String text) {
		return new TextSegment(text, null);
	}

	private static TextSegment link(String url) {
		return new TextSegment(url, url);
	}

}
