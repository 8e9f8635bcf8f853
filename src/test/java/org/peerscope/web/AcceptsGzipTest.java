package org.peerscope.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Which Accept-Encoding headers get a kept page's gzip copy (RFC 9110 §12.5.3). */
class AcceptsGzipTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			gzip, deflate, br, zstd | true
			GZIP                    | true
			x-gzip                  | true
			br;q=1.0, gzip;q=0.8    | true
			*                       | true
			gzip;q=0                | false
			gzip; q=0.000, *        | false
			*;q=0                   | false
			*;q=0, gzip             | true
			deflate, br             | false
			identity                | false
			gzip;q=0.001            | true
			none                    | false
			""")
	void takesGzipWhenNamedOrCoveredAndNotRefused(String acceptEncoding, boolean accepted) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		if (acceptEncoding != null) {
			request.addHeader("Accept-Encoding", acceptEncoding);
		}
		assertThat(AnonymousPageCacheFilter.acceptsGzip(request)).isEqualTo(accepted);
	}

}
