package org.peerscope.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CachedPageTest {

	@Test
	void compressesTheBodyWhenFirstAskedAndKeepsThatCopy() throws IOException {
		byte[] body = "<p>Ada Whitfield · Sørensen</p>\n".repeat(200).getBytes(StandardCharsets.UTF_8);
		CachedPage page = page(body);

		byte[] compressed = page.gzipBody();

		assertThat(page.compressible()).isTrue();
		assertThat(compressed.length).isLessThan(body.length / 5);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			assertThat(in.readAllBytes()).isEqualTo(body);
		}
		assertThat(page.gzipBody()).isSameAs(compressed);
		assertThat(page.weight()).isGreaterThan(body.length + compressed.length);
	}

	@Test
	void sendsASmallBodyAsItIs() {
		CachedPage page = page("<p>short</p>".getBytes(StandardCharsets.UTF_8));

		assertThat(page.compressible()).isFalse();
		assertThat(page.weight()).isEqualTo(page.body().length + 512);
	}

	private static CachedPage page(byte[] body) {
		return new CachedPage(PageScope.ANYONE, "text/html;charset=UTF-8", Map.of("Vary", List.of("HX-Target")), body,
				"W/\"1\"", 0);
	}

}
