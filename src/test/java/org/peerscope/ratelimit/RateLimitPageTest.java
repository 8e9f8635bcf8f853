package org.peerscope.ratelimit;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peerscope.test.ServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused request gets the site's own 429 page, in its layout, with
 * {@code Retry-After}. The test server is asked from loopback, which tests exempt, so the
 * requests name another client address the way a proxy in front would.
 */
@ServerTest
class RateLimitPageTest {

	@LocalServerPort
	int port;

	@Autowired
	RateLimitProperties properties;

	@Test
	void aRefusedFormPostGetsTheSitePageWithRetryAfter() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> form = browser.send(request("/password/forgot").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String token = Jsoup.parse(form.body()).selectFirst("input[name=_csrf]").val();
		String body = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&email=nobody%40example.org";
		HttpResponse<String> response = null;
		for (int i = 0; i <= this.properties.limits().get("password-reset").requests(); i++) {
			response = browser
				.send(request("/password/forgot").header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isIn(302, 429);
		}
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isPositive());
		Document page = Jsoup.parse(response.body());
		assertThat(page.select(".site-header .brand")).isNotEmpty();
		assertThat(page.selectFirst("h1").text()).isEqualTo("Too many requests");
		assertThat(page.title()).isEqualTo("Too many requests — Peerscope");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("X-Forwarded-For", "198.51.100.77");
	}

}
