package org.peerscope.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.peerscope.test.ServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real HTTP server sees: bytes that are not UTF-8, encoded null bytes, paths
 * that climb out of their folder, an oversized query. Each gets a 4xx (or a page), never
 * a 500, and no file outside the static folders.
 */
@ServerTest
class HostileRequestsTest {

	static final List<String> PATHS = List.of("/search?q=%FF%FE", "/search?q=%C3%28", "/search?q=a%00b",
			"/search/works?q=%00&from=%FF", "/search/researchers?q=%ED%A0%80", "/api/search?q=%00",
			"/api/search?q=%C3%28&kind=%00", "/?page=%00", "/?page=%FF", "/researchers/%FF", "/researchers/%00",
			"/researchers/PA1%00", "/researchers/..%2F..%2Fapplication.yml", "/researchers/%2e%2e/admin/claims",
			"/researchers/PA1;jsessionid=x", "/css/..%2F..%2Fapplication.yml", "/css/%2e%2e/%2e%2e/application.yml",
			"/js/..%5C..%5Capplication.yml", "/img/%2e%2e%2f%2e%2e%2fapplication.yml",
			"/webjars/..%2F..%2F..%2Fapplication.yml", "/api/graph/researchers/PA1?depth=%00&limit=%FF",
			"/sitemaps/researchers-%00.xml", "/search?q=" + "x".repeat(20_000));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void malformedBytesAndTraversalsAreClientErrors() throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		List<String> wrong = new ArrayList<>();
		for (String path : PATHS) {
			HttpResponse<String> response = client.send(request(path).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 500 || response.body().contains("datasource")
					|| response.body().contains("Exception")) {
				wrong.add(path.substring(0, Math.min(path.length(), 80)) + ": " + response.statusCode());
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void formsWithBytesThatAreNotTextAreRefusedWithAMessageNotStored() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String form = browser.send(request("/signup").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		String token = Jsoup.parse(form).selectFirst("input[name=_csrf]").val();
		for (String displayName : List.of("%FF%FE", "Ada%00Lovelace", "%C3%28", "%ED%A0%80")) {
			HttpResponse<String> response = browser
				.send(request("/signup").header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&email=ada%40example.org&displayName="
							+ displayName + "&password=correct+horse+battery+42"))
					.build(), HttpResponse.BodyHandlers.ofString());
			// The form comes back with a message (200), or the request is refused (400):
			// no account is made with the name.
			assertThat(response.statusCode()).as(displayName).isIn(200, 400);
		}
		assertThat(this.jdbc.sql("select count(*) from accounts where email = 'ada@example.org'")
			.query(Long.class)
			.single()).isZero();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html");
	}

}
