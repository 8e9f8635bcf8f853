package org.peerscope.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.peerscope.ingest.IngestFixtures.fixture;

/**
 * {@code import openalex-api} against a local HTTP server serving OpenAlex responses: the
 * author, then their works page by page with the cursor, retrying a 429.
 */
@IntegrationTest
class OpenAlexApiImportTest {

	@Autowired
	ImportService imports;

	@Autowired
	TestCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	WireMockServer server;

	@BeforeEach
	void start() {
		this.catalog.reset();
		this.server = new WireMockServer(options().dynamicPort());
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	private ImportCommand command(String baseUrl) {
		OpenAlexApiClient client = new OpenAlexApiClient(baseUrl, "secret-key", "team@example.org",
				java.time.Duration.ofSeconds(5), 3, java.time.Duration.ofMillis(10));
		return new ImportCommand(this.imports, client);
	}

	@Test
	void fetchesTheAuthorAndEveryPageOfTheirWorks() throws Exception {
		String author = Files.readAllLines(fixture("openalex-authors.jsonl")).get(0);
		List<String> works = Files.readAllLines(fixture("openalex-works.jsonl"));
		this.server.stubFor(get(urlPathEqualTo("/authors/orcid:0000-0002-1825-0097")).willReturn(okJson(author)));
		this.server.stubFor(get(urlPathEqualTo("/works")).withQueryParam("cursor", equalTo("*"))
			.inScenario("paging")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
			.willSetStateTo("throttled"));
		this.server.stubFor(get(urlPathEqualTo("/works")).withQueryParam("cursor", equalTo("*"))
			.inScenario("paging")
			.whenScenarioStateIs("throttled")
			.willReturn(okJson("{\"meta\":{\"count\":3,\"next_cursor\":\"page2\"},\"results\":[" + works.get(0) + ","
					+ works.get(1) + "]}")));
		this.server.stubFor(get(urlPathEqualTo("/works")).withQueryParam("cursor", equalTo("page2"))
			.willReturn(
					okJson("{\"meta\":{\"count\":3,\"next_cursor\":\"page3\"},\"results\":[" + works.get(2) + "]}")));
		this.server.stubFor(get(urlPathEqualTo("/works")).withQueryParam("cursor", equalTo("page3"))
			.willReturn(okJson("{\"meta\":{\"count\":3,\"next_cursor\":null},\"results\":[]}")));
		ByteArrayOutputStream output = new ByteArrayOutputStream();

		int status = command(this.server.baseUrl()).run(List.of("openalex-api", "--orcid", "0000-0002-1825-0097"),
				new PrintStream(output, true, StandardCharsets.UTF_8));

		assertThat(status).as(output.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.jdbc.sql("select count(*) from works").query(Long.class).single()).isEqualTo(3);
		assertThat(this.jdbc.sql("""
				select m.works_count from researcher_metrics m join researchers r on r.id = m.researcher_id
				where r.openalex_id = 'A100'""").query(Integer.class).single()).isEqualTo(3);
		this.server.verify(getRequestedFor(urlPathEqualTo("/works")).withQueryParam("filter", equalTo("author.id:A100"))
			.withQueryParam("api_key", equalTo("secret-key"))
			.withQueryParam("mailto", equalTo("team@example.org")));
	}

	@Test
	void importsRecordedRealResponses() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(IngestFixtures.sharedDataPresent());
		this.server.stubFor(get(urlPathEqualTo("/authors/A5023888391")).willReturn(
				okJson(Files.readString(IngestFixtures.SHARED_DATA.resolve("openalex-api/author-A5023888391.json")))));
		// A recorded page of works (the API's first page), served as the author's only
		// page.
		this.server.stubFor(get(urlPathEqualTo("/works"))
			.willReturn(okJson(Files.readString(IngestFixtures.SHARED_DATA.resolve("openalex-api/works-page1.json"))
				.replace("\"groups_count\"", "\"next_cursor\": null, \"groups_count\""))));
		ByteArrayOutputStream output = new ByteArrayOutputStream();

		int status = command(this.server.baseUrl()).run(List.of("openalex-api", "--author", "A5023888391"),
				new PrintStream(output, true, StandardCharsets.UTF_8));

		assertThat(status).as(output.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.jdbc.sql("select display_name from researchers where openalex_id = 'A5023888391'")
			.query(String.class)
			.single()).isEqualTo("Jason Priem");
		assertThat(this.jdbc.sql("select count(*) from works").query(Long.class).single()).isEqualTo(50);
	}

	@Test
	void saysClearlyWhenTheApiCannotBeReached() throws Exception {
		String baseUrl = this.server.baseUrl();
		this.server.stop();
		ByteArrayOutputStream output = new ByteArrayOutputStream();

		int status = command(baseUrl).run(List.of("openalex-api", "--author", "A100"),
				new PrintStream(output, true, StandardCharsets.UTF_8));

		assertThat(status).isEqualTo(1);
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("Cannot reach the OpenAlex API", "offline");
	}

	@Test
	void anUnknownAuthorIsAClearError() throws Exception {
		ByteArrayOutputStream output = new ByteArrayOutputStream();

		int status = command(this.server.baseUrl()).run(List.of("openalex-api", "--author", "A404"),
				new PrintStream(output, true, StandardCharsets.UTF_8));

		assertThat(status).isEqualTo(1);
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("OpenAlex has no /authors/A404 (404)");
	}

}
