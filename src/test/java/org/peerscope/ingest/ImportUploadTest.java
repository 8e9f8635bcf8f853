package org.peerscope.ingest;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.QueryCounter;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerscope.ingest.IngestFixtures.fixture;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ImportUploadTest {

	private static final String ADMIN = "admin@peerscope.org";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void accounts() throws Exception {
		this.catalog.reset();
		this.accounts.admin(ADMIN, "Admin");
		this.accounts.verified("ada@example.org", "Ada");
		awaitIdle();
	}

	private MockMultipartHttpServletRequestBuilder upload(String format, String name, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/import")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content));
		request.param("format", format);
		return request;
	}

	private long works() {
		return IngestFixtures.count(this.jdbc, "works");
	}

	/** Polls the progress fragment, as the page does, until the import is over. */
	private Document awaitIdle() throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			Document fragment = Jsoup.parse(this.mvc
				.perform(get("/admin/import/status").header("HX-Request", "true").with(this.accounts.as(ADMIN)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			if (!fragment.select("#import-status").hasAttr("hx-trigger")) {
				return fragment;
			}
			assertThat(Instant.now()).as("the import ends").isBefore(deadline);
			Thread.sleep(100);
		}
	}

	@Test
	void onlyAdministratorsReachThePage() throws Exception {
		this.mvc.perform(get("/admin/import")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/import").with(this.accounts.as("ada@example.org")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(upload("OPENALEX", "works.jsonl", Files.readAllBytes(fixture("openalex-works.jsonl"))).with(csrf())
				.with(this.accounts.as("ada@example.org")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					upload("OPENALEX", "works.jsonl", Files.readAllBytes(fixture("openalex-works.jsonl"))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(works()).isZero();
		this.mvc.perform(get("/admin/import").with(this.accounts.as(ADMIN))).andExpect(status().isOk());
		assertThat(accountPageLinks(ADMIN)).contains("/admin/import");
		assertThat(accountPageLinks("ada@example.org")).doesNotContain("/admin/import");
	}

	private java.util.List<String> accountPageLinks(String email) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(get("/account").with(this.accounts.as(email)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("a[href]")
			.eachAttr("href");
	}

	@Test
	void noOtherAddressTakesAnUpload() throws Exception {
		byte[] bytes = Files.readAllBytes(fixture("openalex-works.jsonl"));
		// Refused before the CSRF check, which would read (and store) the body.
		this.mvc.perform(multipart("/login").file("file", bytes)).andExpect(status().isUnsupportedMediaType());
		this.mvc
			.perform(multipart("/account").file("file", bytes).with(csrf()).with(this.accounts.as("ada@example.org")))
			.andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void anUploadedFileIsImportedInTheBackgroundWithItsSummaryShown() throws Exception {
		this.mvc
			.perform(upload("OPENALEX", "works.jsonl", Files.readAllBytes(fixture("openalex-works.jsonl"))).with(csrf())
				.with(this.accounts.as(ADMIN)))
			.andExpect(redirectedUrl("/admin/import"))
			.andExpect(flash().attribute("flash", "ingest.upload.started"));

		Document status = awaitIdle();

		assertThat(works()).isEqualTo(3);
		assertThat(status.select("#import-status").attr("hx-get")).isEmpty();
		assertThat(status.select("h2").text()).contains("works.jsonl");
		assertThat(status.select(".import-summary dt").eachText()).containsExactly("Files", "Records read", "Inserted",
				"Updated", "Unchanged", "Rejected");
		assertThat(status.select(".import-summary dd").eachText()).containsExactly("1", "3", "3", "0", "0", "0");
		Document page = Jsoup.parse(this.mvc.perform(get("/admin/import").with(this.accounts.as(ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".import-summary dd").eachText()).containsExactly("1", "3", "3", "0", "0", "0");

		// The same file again changes nothing.
		this.mvc
			.perform(upload("OPENALEX", "works.jsonl", Files.readAllBytes(fixture("openalex-works.jsonl"))).with(csrf())
				.with(this.accounts.as(ADMIN)))
			.andExpect(redirectedUrl("/admin/import"));
		assertThat(awaitIdle().select(".import-summary dd").eachText()).containsExactly("1", "3", "0", "0", "3", "0");
		assertThat(works()).isEqualTo(3);
	}

	private long pageStatements() throws Exception {
		QueryCounter.reset();
		this.mvc.perform(get("/admin/import").with(this.accounts.as(ADMIN))).andExpect(status().isOk());
		return QueryCounter.statements();
	}

	@Test
	void badRecordsAreListedWithTheUploadedFileName() throws Exception {
		long statements = pageStatements();
		this.mvc
			.perform(upload("OPENALEX", "bad.jsonl", Files.readAllBytes(fixture("openalex-bad.jsonl"))).with(csrf())
				.with(this.accounts.as(ADMIN)))
			.andExpect(redirectedUrl("/admin/import"));

		assertThat(awaitIdle().select(".import-rejects li").eachText())
			.anySatisfy((reject) -> assertThat(reject).startsWith("bad.jsonl:2: malformed JSON"));
		// The progress and summary come from memory, not from the database.
		assertThat(pageStatements()).isEqualTo(statements);
	}

	@Test
	void aFileThatCannotBeImportedIsRefusedWithAMessageAndNothingChanges() throws Exception {
		byte[] arxiv = Files.readAllBytes(fixture("arxiv-sample.jsonl"));
		assertRefused(upload("OPENALEX", "arxiv.jsonl", arxiv), "the kind chosen");
		assertRefused(upload("ARXIV", "notes.txt", "Dear diary,\nnothing to import.\n".getBytes()),
				"not a file Peerscope can import");
		assertRefused(upload("OPENALEX", "empty.jsonl", new byte[0]), "Choose a file");
		assertRefused(upload("SPREADSHEET", "works.jsonl", Files.readAllBytes(fixture("openalex-works.jsonl"))),
				"Choose OpenAlex or arXiv");
		assertThat(works()).isZero();
		// The status shown is still that of an earlier import, if any (tests share the
		// application).
		assertThat(awaitIdle().select("#import-status h2").text()).doesNotContain("arxiv.jsonl", "notes.txt",
				"empty.jsonl");
	}

	private void assertRefused(MockMultipartHttpServletRequestBuilder request, String message) throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(request.with(csrf()).with(this.accounts.as(ADMIN)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".field__error").text()).contains(message);
	}

}
