package org.peerscope.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An import file with markup, null bytes, bytes that are not UTF-8, a climbing id and a
 * megabyte title: the import finishes, keeps what it can (null bytes dropped, since
 * PostgreSQL text cannot hold them), reports the rest, and every page shows the text
 * escaped.
 */
@IntegrationTest
class HostileImportTest {

	static final String SCRIPT = "<script>alert(1)</script>";

	@Autowired
	ImportService imports;

	@Autowired
	TestCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path temp;

	@BeforeEach
	void empty() {
		this.catalog.reset();
	}

	@Test
	void hostileRecordsAreImportedHarmlesslyOrReported() throws Exception {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		line(file,
				"""
						{"id":"https://openalex.org/W70","title":"Null\\u0000byte %s \\"><img src=x onerror=alert(1)>",\
						"type":"article","publication_year":2024,"updated_date":"2024-01-01","authorships":[{"author_position":"first",\
						"author":{"id":"https://openalex.org/A70","display_name":"Eve\\u0000 %s"},"raw_author_name":"Eve %s",\
						"institutions":[{"id":"https://openalex.org/I70","display_name":"Institute %s","country_code":"NL","type":"education"}]}],\
						"primary_topic":{"id":"https://openalex.org/T70","display_name":"Topic %s","score":0.9}}"""
					.formatted(SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT));
		line(file, "{\"id\":\"https://openalex.org/A70\",\"display_name\":\"Eve\\u0000 " + SCRIPT
				+ "\",\"display_name_alternatives\":[\"E. " + SCRIPT + "\"],\"updated_date\":\"2024-01-01\"}");
		line(file,
				"""
						{"id":"https://openalex.org/W../../../etc/passwd","title":"Climbing","type":"article","updated_date":"2024-01-01"}""");
		file.write("{\"id\":\"https://openalex.org/W72\",\"title\":\"Bad ".getBytes(StandardCharsets.UTF_8));
		file.write(new byte[] { (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x28 });
		line(file, "\",\"type\":\"article\",\"updated_date\":\"2024-01-01\"}");
		line(file, """
				{"id":"https://openalex.org/W73","title":"%s","type":"article","updated_date":"2024-01-01"}"""
			.formatted("x".repeat(1 << 20)));
		Path path = this.temp.resolve("hostile.jsonl");
		Files.write(path, file.toByteArray());

		ImportSummary summary = this.imports.importPaths(ImportService.Format.OPENALEX, List.of(path),
				ImportService.Options.DEFAULT, ImportProgress.NONE);

		assertThat(summary.completed()).isTrue();
		List<String> ids = this.jdbc.sql("select openalex_id from works order by openalex_id")
			.query(String.class)
			.list();
		assertThat(ids).contains("W70").noneMatch((id) -> id.contains(".") || id.contains("/"));
		String title = this.jdbc.sql("select title from works where openalex_id = 'W70'").query(String.class).single();
		assertThat(title).isEqualTo("Nullbyte " + SCRIPT + " \"><img src=x onerror=alert(1)>");
		assertThat(this.jdbc.sql("select display_name from researchers where openalex_id = 'A70'")
			.query(String.class)
			.single()).isEqualTo("Eve " + SCRIPT);
		String workKey = this.jdbc.sql("select public_key from works where openalex_id = 'W70'")
			.query(String.class)
			.single();
		String researcherKey = this.jdbc.sql("select public_key from researchers where openalex_id = 'A70'")
			.query(String.class)
			.single();
		for (String page : List.of("/works/" + workKey, "/researchers/" + researcherKey,
				"/researchers/" + researcherKey + "/feed.atom", "/search?q=Eve")) {
			String body = this.mvc.perform(get(page))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).as(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x onerror");
		}
	}

	private static void line(ByteArrayOutputStream file, String json) {
		file.writeBytes((json + "\n").getBytes(StandardCharsets.UTF_8));
	}

}
