package org.peerscope.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerscope.test.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages, styles and scripts travel gzip-compressed to browsers that accept it.
 */
@ServerTest
class CompressionTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/css/peerscope.css", "/webjars/htmx.org/dist/htmx.min.js", "/about/metrics" })
	void isCompressed(String path) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(response.body()).startsWith((byte) 0x1f, (byte) 0x8b);
	}

}
