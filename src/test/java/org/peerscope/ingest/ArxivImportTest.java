package org.peerscope.ingest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerscope.ingest.IngestFixtures.fixture;

@IntegrationTest
class ArxivImportTest {

	@Autowired
	ImportService imports;

	@Autowired
	TestCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void empty() {
		this.catalog.reset();
	}

	private ImportSummary importArxiv() throws Exception {
		return this.imports.importPaths(ImportService.Format.ARXIV, List.of(fixture("arxiv-sample.jsonl")),
				ImportService.Options.DEFAULT, ImportProgress.NONE);
	}

	@Test
	void importsPreprintsWithCleanTextCategoriesAndPrintedAuthors() throws Exception {
		ImportSummary summary = importArxiv();

		assertThat(summary.inserted()).isEqualTo(3);
		assertThat(summary.rejected()).isZero();
		Map<String, Object> work = this.jdbc.sql("""
				select title, abstract, work_type, publication_date::text as date, publication_year, doi, venue_name
				from works where arxiv_id = '2101.00001'""").query().singleRow();
		assertThat(work).containsEntry("title", "On the Invented Conjecture of Balázs")
			.containsEntry("abstract", "We prove the conjecture of Erdős and Balázs for $n \\ge 3$, following Gröbner.")
			.containsEntry("work_type", "preprint")
			.containsEntry("date", "2021-01-01")
			.containsEntry("doi", "10.5555/invented.3")
			.containsEntry("venue_name", "Imaginary J. Math. 1 (2021) 1-10");
		assertThat(this.jdbc.sql("""
				select a.raw_author_name || ':' || coalesce(a.researcher_id::text, '-') from authorships a
				join works w on w.id = a.work_id where w.arxiv_id = '2101.00001' order by a.author_order""")
			.query(String.class)
			.list()).containsExactly("J. Gröbner:-", "Z. Balázs Jr:-");
		assertThat(this.jdbc.sql("""
				select t.arxiv_category || ':' || wt.is_primary from work_topics wt join topics t on t.id = wt.topic_id
				join works w on w.id = wt.work_id where w.arxiv_id = '2101.00001' order by 1""")
			.query(String.class)
			.list()).containsExactly("cs.DM:false", "math.CO:true");
		assertThat(this.jdbc.sql("select display_name from topics where arxiv_category = 'math.CO'")
			.query(String.class)
			.single()).isEqualTo("Combinatorics");
		assertThat(
				this.jdbc.sql("select count(*) from works where arxiv_id = 'math/0601001'").query(Long.class).single())
			.isOne();
	}

	@Test
	void isIdempotent() throws Exception {
		importArxiv();
		Map<String, List<String>> first = IngestFixtures.snapshot(this.jdbc);

		ImportSummary again = importArxiv();

		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(IngestFixtures.snapshot(this.jdbc)).isEqualTo(first);
	}

	@Test
	void aPaperAlreadyImportedFromOpenAlexGainsItsArxivIdAndKeepsItsAuthors() throws Exception {
		this.imports.importPaths(ImportService.Format.OPENALEX,
				List.of(fixture("openalex-authors.jsonl"), fixture("openalex-works.jsonl")),
				ImportService.Options.DEFAULT, ImportProgress.NONE);

		importArxiv();

		Map<String, Object> work = this.jdbc
			.sql("""
					select w.openalex_id, w.title, (select count(*) from works x where x.doi = '10.5555/invented.3') as same_doi
					from works w where w.arxiv_id = '2101.00001'""")
			.query()
			.singleRow();
		assertThat(work).containsEntry("openalex_id", "W3")
			.containsEntry("title", "Preprints of the Imagination")
			.containsEntry("same_doi", 1L);
		// The OpenAlex byline, linked to the researcher, stays; arXiv names never make
		// new links.
		assertThat(this.jdbc.sql("""
				select r.openalex_id from authorships a join works w on w.id = a.work_id
				join researchers r on r.id = a.researcher_id where w.openalex_id = 'W3'""").query(String.class).list())
			.containsExactly("A100");
		assertThat(IngestFixtures.count(this.jdbc, "researchers")).isEqualTo(2);

		ImportSummary again = importArxiv();
		assertThat(again.inserted() + again.updated()).isZero();
	}

	@Test
	void anOpenAlexImportAfterArxivTakesOverThePreprintWithTheSameDoi() throws Exception {
		importArxiv();
		long preprintId = this.jdbc.sql("select id from works where arxiv_id = '2101.00001'")
			.query(Long.class)
			.single();

		this.imports.importPaths(ImportService.Format.OPENALEX,
				List.of(fixture("openalex-authors.jsonl"), fixture("openalex-works.jsonl")),
				ImportService.Options.DEFAULT, ImportProgress.NONE);

		assertThat(this.jdbc.sql("select id from works where openalex_id = 'W3'").query(Long.class).single())
			.isEqualTo(preprintId);
		assertThat(this.jdbc.sql("select count(*) from authorships where work_id = ?")
			.param(preprintId)
			.query(Long.class)
			.single()).isOne();
	}

}
