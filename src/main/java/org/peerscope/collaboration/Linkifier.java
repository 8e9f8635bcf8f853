package org.peerscope.collaboration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text into text and link segments: only {@code http://} and
 * {@code https://} addresses become links (never {@code javascript:} or other schemes),
 * and punctuation that ends a sentence is not part of the address.
 */
final class Linkifier {

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);

	/** Characters that end a sentence more often than an address. */
	private static final String TRAILING = ".,;:!?)]}'\"";

	private static final int MAX_LINK_LENGTH = 2000;

	private Linkifier() {
	}

	static List<TextSegment> segments(String text) {
		List<TextSegment> segments = new ArrayList<>();
		Matcher matcher = URL.matcher(text);
		int position = 0;
		while (matcher.find()) {
			String url = trimmed(matcher.group());
			int end = matcher.start() + url.length();
			if (url.length() <= "https://".length() || url.length() > MAX_LINK_LENGTH) {
				continue;
			}
			if (matcher.start() > position) {
				segments.add(new TextSegment(text.substring(position, matcher.start()), null));
			}
			segments.add(new TextSegment(url, url));
			position = end;
		}
		if (position < text.length()) {
			segments.add(new TextSegment(text.substring(position), null));
		}
		return List.copyOf(segments);
	}

	/**
	 * Drops trailing punctuation, except a closing parenthesis that closes one opened
	 * inside the address (Wikipedia-style links).
	 */
	private static String trimmed(String url) {
		int end = url.length();
		while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0) {
			char last = url.charAt(end - 1);
			if (last == ')' && count(url, '(', end) > count(url, ')', end - 1)) {
				break;
			}
			end--;
		}
		return url.substring(0, end);
	}

	private static int count(String text, char c, int end) {
		int n = 0;
		for (int i = 0; i < end; i++) {
			if (text.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

}
