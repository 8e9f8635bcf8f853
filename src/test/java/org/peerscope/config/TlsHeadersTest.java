package org.peerscope.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerscope.test.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy (which sends {@code X-Forwarded-Proto: https}) pages
 * carry HSTS and the session cookie is Secure; over plain HTTP neither, or the site could
 * not be used without TLS. The cookie is HttpOnly and SameSite=Lax either way.
 */
@ServerTest
class TlsHeadersTest {

	@LocalServerPort
	int port;

	@Test
	void behindATlsProxyPagesCarryHstsAndTheSessionCookieIsSecure() throws Exception {
		HttpResponse<String> response = loginPage(true);
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
		assertThat(sessionCookie(response)).contains("Secure")
			.contains("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void overPlainHttpThereIsNoHstsAndNoSecureFlag() throws Exception {
		HttpResponse<String> response = loginPage(false);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(sessionCookie(response)).doesNotContain("Secure")
			.contains("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
	}

	private HttpResponse<String> loginPage(boolean behindTls) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Accept", "text/html");
		if (behindTls) {
			request.header("X-Forwarded-Proto", "https");
		}
		return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID=") || cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
	}

}
