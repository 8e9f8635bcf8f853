package org.peerscope.web;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peerscope.test.HttpPages;
import org.peerscope.test.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors are pages of the site, in its layout, with a plain-language explanation; never a
 * Whitelabel page or a stack trace.
 */
@ServerTest
class ErrorPagesTest {

	@LocalServerPort
	int port;

	@Test
	void unknownResearcherGetsTheFriendlyNotFoundPage() throws Exception {
		Document page = htmlPage("/researchers/A999999", 404);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Not found");
		assertThat(page.select(".site-header .brand")).isNotEmpty();
		assertThat(page.title()).isEqualTo("Not found — Peerscope");
	}

	@Test
	void malformedKeysAndUnknownAddressesAreNotFound() throws Exception {
		htmlPage("/researchers/%3Cscript%3E", 404);
		htmlPage("/researchers/" + "9".repeat(300), 404);
		htmlPage("/no/such/page", 404);
	}

	@Test
	void unreadableParametersAreBadRequests() throws Exception {
		Document page = htmlPage("/?page=not-a-number", 400);
		assertThat(page.selectFirst("h1").text()).isEqualTo("That request did not make sense");
	}

	@Test
	void formPostsWithoutTheCsrfTokenAreRefusedWithAPage() throws Exception {
		HttpResponse<String> response = HttpPages.post(this.port, "/researchers/A1");
		assertThat(response.statusCode()).isEqualTo(403);
		assertPlainSitePage(response.body());
	}

	@Test
	void jsonClientsGetJsonErrors() throws Exception {
		HttpResponse<String> response = HttpPages.get(this.port, "/api/researchers/A999999", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"status\":404").doesNotContain("trace");
	}

	private Document htmlPage(String path, int expectedStatus) throws Exception {
		HttpResponse<String> response = HttpPages.get(this.port, path, "text/html");
		assertThat(response.statusCode()).isEqualTo(expectedStatus);
		assertPlainSitePage(response.body());
		return Jsoup.parse(response.body());
	}

	private static void assertPlainSitePage(String html) {
		assertThat(html).contains("site-header")
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

}
