package org.peerscope.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerscope.ingest.IngestFixtures.fixture;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OpenAlexImportTest {

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

	private ImportSummary importOpenAlex(Path... paths) throws IOException {
		return this.imports.importPaths(ImportService.Format.OPENALEX, List.of(paths), ImportService.Options.DEFAULT,
				ImportProgress.NONE);
	}

	private Path fixtureSnapshot() throws IOException {
		Path snapshot = this.temp.resolve("snapshot");
		IngestFixtures.gzip(fixture("openalex-authors.jsonl"),
				snapshot.resolve("authors/updated_date=2024-03-01/part_000.gz"));
		IngestFixtures.gzip(fixture("openalex-works.jsonl"),
				snapshot.resolve("works/updated_date=2024-02-01/part_000.gz"));
		Files.copy(fixture("openalex-institutions-response.json"), snapshot.resolve("institutions.json"));
		return snapshot;
	}

	private Map<String, Object> row(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query().singleRow();
	}

	@Test
	void mapsAuthorsWorksAndInstitutionsFromASnapshotFolder() throws Exception {
		ImportSummary summary = importOpenAlex(fixtureSnapshot());

		assertThat(summary.files()).isEqualTo(3);
		assertThat(summary.read()).isEqualTo(6);
		// The institution came first as the authors' affiliation, then as a whole record.
		assertThat(summary.inserted()).isEqualTo(5);
		assertThat(summary.updated()).isEqualTo(1);
		assertThat(summary.rejected()).isZero();
		Map<String, Object> ada = row("""
				select r.public_key, r.orcid, r.display_name, array_to_string(r.alternative_names, '|') as alternatives,
				    i.openalex_id as institution, i.ror, i.homepage_domain
				from researchers r join institutions i on i.id = r.last_known_institution_id
				where r.openalex_id = 'A100'""");
		assertThat(ada).containsEntry("public_key", "A100")
			.containsEntry("orcid", "0000-0002-1825-0097")
			.containsEntry("display_name", "Ada Testwell")
			.containsEntry("alternatives", "A. Testwell|Testwell, Ada")
			.containsEntry("institution", "I10")
			.containsEntry("ror", "00abcde12")
			.containsEntry("homepage_domain", "invented.example.org");
		assertThat(
				row("""
						select a.first_year, a.last_year from researcher_affiliations a join researchers r on r.id = a.researcher_id
						where r.openalex_id = 'A100'"""))
			.containsEntry("first_year", 2019)
			.containsEntry("last_year", 2023);
		Map<String, Object> figures = row(
				"""
						select f.source_date::text as source_date, f.works_count, f.cited_by_count, f.h_index, f.i10_index,
						    f.two_year_mean_citedness, f.counts_by_year::text as counts, f.topics::text as topics
						from researcher_source_figures f join researchers r on r.id = f.researcher_id where r.openalex_id = 'A100'""");
		assertThat(figures).containsEntry("source_date", "2024-03-01")
			.containsEntry("works_count", 3)
			.containsEntry("cited_by_count", 16L)
			.containsEntry("h_index", 2)
			.containsEntry("i10_index", 1)
			.containsEntry("two_year_mean_citedness", 1.5);
		assertThat((String) figures.get("counts")).contains("\"year\": 2023", "\"works_count\": 1");
		assertThat((String) figures.get("topics")).contains("\"id\": \"T20\"", "\"count\": 3");

		Map<String, Object> work = row("""
				select w.public_key, w.doi, w.title, w.work_type, w.publication_date::text as date, w.publication_year,
				    s.openalex_id as source, s.issn_l, w.abstract, w.language, w.cited_by_count
				from works w join sources s on s.id = w.source_id where w.openalex_id = 'W1'""");
		assertThat(work).containsEntry("public_key", "W1")
			.containsEntry("doi", "10.5555/invented.1")
			.containsEntry("title", "Counting Imaginary Citations")
			.containsEntry("work_type", "article")
			.containsEntry("date", "2021-05-04")
			.containsEntry("source", "S30")
			.containsEntry("issn_l", "1234-5678")
			.containsEntry("abstract", "We count citations that do not exist , and we count them twice .")
			.containsEntry("language", "en")
			.containsEntry("cited_by_count", 12);
		List<Map<String, Object>> byline = this.jdbc.sql("""
				select a.author_order, a.raw_author_name, r.openalex_id as researcher, a.author_openalex_id,
				    a.author_position, a.is_corresponding,
				    (select string_agg(i.openalex_id, ',') from authorship_institutions ai
				     join institutions i on i.id = ai.institution_id
				     where ai.work_id = a.work_id and ai.author_order = a.author_order) as institutions
				from authorships a join works w on w.id = a.work_id left join researchers r on r.id = a.researcher_id
				where w.openalex_id = 'W1' order by a.author_order""").query().listOfRows();
		assertThat(byline).extracting((r) -> r.get("raw_author_name"))
			.containsExactly("A. Testwell", "C. Outsider", "Ben Example");
		assertThat(byline).extracting((r) -> r.get("researcher")).containsExactly("A100", null, "A200");
		assertThat(byline.get(1)).containsEntry("author_openalex_id", "A300")
			.containsEntry("author_position", "middle");
		assertThat(byline.get(0)).containsEntry("is_corresponding", true).containsEntry("institutions", "I10");
		assertThat(this.jdbc.sql("""
				select t.openalex_id || ':' || wt.is_primary from work_topics wt join topics t on t.id = wt.topic_id
				join works w on w.id = wt.work_id where w.openalex_id = 'W1' order by 1""").query(String.class).list())
			.containsExactly("T20:true", "T21:false");
		assertThat(this.jdbc.sql("""
				select c.year || ':' || c.cited_by_count from work_citation_counts c join works w on w.id = c.work_id
				where w.openalex_id = 'W1' order by 1""").query(String.class).list()).containsExactly("2022:4",
				"2023:8");
		assertThat(this.jdbc.sql("""
				select referenced_openalex_id from work_references r join works w on w.id = r.work_id
				where w.openalex_id = 'W1' order by 1""").query(String.class).list()).containsExactly("W2", "W777");
		// The Crossref type of older snapshots
		assertThat(row("select work_type from works where openalex_id = 'W2'")).containsEntry("work_type", "article");
	}

	@Test
	void recomputesTheMetricsOfImportedResearchersBeforeReturning() throws Exception {
		importOpenAlex(fixtureSnapshot());

		// Every work of Ada and Ben is imported, so Peerscope's own figures equal the
		// source's.
		assertThat(row("""
				select m.works_count, m.cited_by_count, m.h_index, m.i10_index from researcher_metrics m
				join researchers r on r.id = m.researcher_id where r.openalex_id = 'A100'"""))
			.containsEntry("works_count", 3)
			.containsEntry("cited_by_count", 16L)
			.containsEntry("h_index", 2)
			.containsEntry("i10_index", 1);
		assertThat(row("""
				select m.works_count, m.h_index from researcher_metrics m
				join researchers r on r.id = m.researcher_id where r.openalex_id = 'A200'"""))
			.containsEntry("works_count", 1)
			.containsEntry("h_index", 1);
	}

	@Test
	void theResearcherPageShowsImportedData() throws Exception {
		importOpenAlex(fixtureSnapshot());

		this.mvc.perform(get("/researchers/A100"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ada Testwell")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Counting Imaginary Citations")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("University of Invented Studies")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("C. Outsider")));
	}

	@Test
	void anAuthorImportedAfterTheirWorksIsLinkedToThem() throws Exception {
		importOpenAlex(fixture("openalex-works.jsonl"));
		assertThat(
				row("""
						select count(*) filter (where researcher_id is null) as unlinked, count(*) as total from authorships"""))
			.containsEntry("unlinked", 5L)
			.containsEntry("total", 5L);

		importOpenAlex(fixture("openalex-authors.jsonl"));

		assertThat(this.jdbc.sql("""
				select a.raw_author_name from authorships a where a.researcher_id is null""")
			.query(String.class)
			.list()).containsExactly("C. Outsider");
		assertThat(row("""
				select m.works_count from researcher_metrics m join researchers r on r.id = m.researcher_id
				where r.openalex_id = 'A100'""")).containsEntry("works_count", 3);
	}

	@Test
	void importingTheSameInputAgainChangesNothing() throws Exception {
		Path snapshot = fixtureSnapshot();
		importOpenAlex(snapshot);
		Map<String, List<String>> first = IngestFixtures.snapshot(this.jdbc);

		ImportSummary again = importOpenAlex(snapshot);

		assertThat(again.inserted()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(6);
		assertThat(IngestFixtures.snapshot(this.jdbc)).isEqualTo(first);
	}

	@Test
	void aNewerRecordWinsAndAnOlderOneNeverOverwritesIt() throws Exception {
		importOpenAlex(fixture("openalex-works.jsonl"));
		Path older = this.temp.resolve("older.jsonl");
		Files.writeString(older,
				"""
						{"id":"https://openalex.org/W2","title":"An Older Title","type":"article","publication_year":2021,"cited_by_count":1,"updated_date":"2023-01-01"}
						""");
		Path newer = this.temp.resolve("newer.jsonl");
		Files.writeString(newer,
				"""
						{"id":"https://openalex.org/W2","title":"A Newer Title","type":"article","publication_year":2021,"cited_by_count":7,"updated_date":"2024-06-01"}
						""");

		ImportSummary olderImport = importOpenAlex(older);
		assertThat(olderImport.unchanged()).isEqualTo(1);
		assertThat(row("select title, cited_by_count from works where openalex_id = 'W2'")).containsEntry("title",
				"An Older Note on Nothing");

		ImportSummary newerImport = importOpenAlex(newer);
		assertThat(newerImport.updated()).isEqualTo(1);
		assertThat(row("select title, cited_by_count from works where openalex_id = 'W2'"))
			.containsEntry("title", "A Newer Title")
			.containsEntry("cited_by_count", 7);
		assertThat(IngestFixtures.count(this.jdbc, "works")).isEqualTo(3);
	}

	@Test
	void badRecordsAreReportedWithFileAndLineAndTheRestIsImported() throws Exception {
		Path bad = fixture("openalex-bad.jsonl");
		Path truncated = this.temp.resolve("truncated/part_000.gz");
		IngestFixtures.gzip(fixture("openalex-works.jsonl"), truncated);
		byte[] bytes = Files.readAllBytes(truncated);
		Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 40));

		ImportSummary summary = importOpenAlex(bad, truncated);

		assertThat(summary.completed()).isTrue();
		assertThat(summary.rejects()).extracting(Object::toString)
			.anySatisfy((reject) -> assertThat(reject).startsWith(bad + ":2: malformed JSON"))
			.anySatisfy((reject) -> assertThat(reject).startsWith(bad + ":3: record without an id"))
			.anySatisfy((reject) -> assertThat(reject).startsWith(bad + ":4: work W52 has an unknown type"))
			.anySatisfy((reject) -> assertThat(reject).startsWith(truncated + ":").contains("truncated"));
		assertThat(this.jdbc.sql("select openalex_id from works order by openalex_id").query(String.class).list())
			.contains("W50", "W53")
			.doesNotContain("W51", "W52");
	}

	@Test
	void aBrokenFirstLineDoesNotHideTheRestOfTheFile() throws Exception {
		Path file = this.temp.resolve("broken-start.jsonl");
		Files.writeString(file, """
				{"id":"https://openalex.org/W60","title":"Cut off
				{"id":"https://openalex.org/W61","title":"Whole","type":"article","updated_date":"2024-01-01"}
				{"id":"https://openalex.org/C62","display_name":"A concept","updated_date":"2024-01-01"}
				""");

		ImportSummary summary = importOpenAlex(file);

		assertThat(summary.rejects()).extracting(ImportSummary.Reject::line).containsExactly(1L);
		assertThat(summary.skipped()).isOne();
		assertThat(this.jdbc.sql("select openalex_id from works").query(String.class).list()).containsExactly("W61");
	}

	@Test
	void aRecordTheDatabaseRefusesIsRejectedAndTheRestOfItsBatchIsWritten() throws Exception {
		// A title of only a NUL character passes the mapper but is empty once stored:
		// the batch fails, and its records are written again one by one from their lines.
		Path file = this.temp.resolve("refused.jsonl");
		Files.writeString(file,
				"""
						{"id":"https://openalex.org/W70","title":"First","type":"article","authorships":[{"author_position":"first","raw_author_name":"Ada Lovelace","author":{"id":"https://openalex.org/A70"}}]}
						{"id":"https://openalex.org/W71","title":"\\u0000","type":"article"}
						{"id":"https://openalex.org/W72","title":"Third","type":"article"}
						""");

		ImportSummary summary = importOpenAlex(file);

		assertThat(summary.inserted()).isEqualTo(2);
		assertThat(summary.rejects()).extracting(Object::toString)
			.singleElement()
			.satisfies((reject) -> assertThat(reject).startsWith(file + ":2: could not be written"));
		assertThat(this.jdbc.sql("select openalex_id from works order by openalex_id").query(String.class).list())
			.containsExactly("W70", "W72");
		assertThat(row("select raw_author_name from authorships a join works w on w.id = a.work_id "
				+ "where w.openalex_id = 'W70'"))
			.containsEntry("raw_author_name", "Ada Lovelace");
	}

	@Test
	void strictStopsAtTheFirstBadRecord() throws Exception {
		ImportSummary summary = this.imports.importPaths(ImportService.Format.OPENALEX,
				List.of(fixture("openalex-bad.jsonl")), new ImportService.Options(true), ImportProgress.NONE);

		assertThat(summary.completed()).isFalse();
		assertThat(summary.rejected()).isEqualTo(1);
		assertThat(summary.rejects().get(0).line()).isEqualTo(2);
		assertThat(IngestFixtures.count(this.jdbc, "works")).isZero();
	}

	@Test
	void mergedIdsSendAuthorshipsToTheSurvivingAuthor() throws Exception {
		importOpenAlex(fixture("openalex-merged-author.jsonl"), fixture("openalex-merged-work.jsonl"),
				fixture("openalex-authors.jsonl"), fixture("openalex-works.jsonl"));
		assertThat(row("""
				select r.openalex_id from authorships a join works w on w.id = a.work_id
				join researchers r on r.id = a.researcher_id where w.openalex_id = 'W9'"""))
			.containsEntry("openalex_id", "A999");

		importOpenAlex(fixture("merged-authors.csv"));

		assertThat(
				row("""
						select r.openalex_id, a.author_openalex_id, a.raw_author_name from authorships a
						join works w on w.id = a.work_id join researchers r on r.id = a.researcher_id where w.openalex_id = 'W9'"""))
			.containsEntry("openalex_id", "A100")
			.containsEntry("author_openalex_id", "A100")
			.containsEntry("raw_author_name", "A. Testwell");
		assertThat(IngestFixtures.count(this.jdbc, "researchers")).isEqualTo(2);
		assertThat(row("""
				select m.works_count from researcher_metrics m join researchers r on r.id = m.researcher_id
				where r.openalex_id = 'A100'""")).containsEntry("works_count", 4);

		// Merged ids known, the duplicate profile is not imported again.
		ImportSummary again = importOpenAlex(fixture("openalex-merged-author.jsonl"),
				fixture("openalex-merged-work.jsonl"));
		assertThat(again.inserted()).isZero();
		assertThat(IngestFixtures.count(this.jdbc, "researchers")).isEqualTo(2);
	}

	@Test
	void anInterruptedImportResumesWithoutDuplicatesOrLoss() throws Exception {
		Path snapshot = fixtureSnapshot();
		importOpenAlex(snapshot);
		Map<String, List<String>> expected = IngestFixtures.snapshot(this.jdbc);
		this.catalog.reset();

		// The process dies after its first batch committed.
		ImportProgress crash = new ImportProgress() {
			@Override
			public void advanced(long bytesRead, long records, long rejected) {
				if (records >= 2) {
					throw new IllegalStateException("simulated crash");
				}
			}
		};
		assertThatThrownBy(() -> this.imports.importPaths(ImportService.Format.OPENALEX, List.of(snapshot),
				new ImportService.Options(false, 1), crash))
			.hasMessage("simulated crash");
		assertThat(IngestFixtures.count(this.jdbc, "ingest_file_progress")).isPositive();
		long partial = IngestFixtures.count(this.jdbc, "researchers") + IngestFixtures.count(this.jdbc, "works");
		assertThat(partial).isLessThan(5);

		ImportSummary resumed = this.imports.importPaths(ImportService.Format.OPENALEX, List.of(snapshot),
				new ImportService.Options(false, 1), ImportProgress.NONE);

		assertThat(resumed.resumed()).isTrue();
		assertThat(resumed.read()).isLessThan(6);
		assertThat(IngestFixtures.snapshot(this.jdbc)).isEqualTo(expected);
		assertThat(IngestFixtures.count(this.jdbc, "ingest_file_progress")).isZero();
	}

}
