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
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.peerscope.ingest.IngestFixtures.SHARED_DATA;

/**
 * Imports the real OpenAlex and arXiv samples in ../shared/data (skipped when that folder
 * is absent).
 */
@IntegrationTest
class SharedDataImportTest {

	@Autowired
	ImportService imports;

	@Autowired
	TestCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void empty() {
		assumeTrue(IngestFixtures.sharedDataPresent(), "no shared data in " + SHARED_DATA);
		this.catalog.reset();
	}

	private ImportSummary importOpenAlex() throws Exception {
		return this.imports.importPaths(ImportService.Format.OPENALEX,
				List.of(SHARED_DATA.resolve("openalex-snapshot"), SHARED_DATA.resolve("openalex-api")),
				ImportService.Options.DEFAULT, ImportProgress.NONE);
	}

	@Test
	void importsTheRealSnapshotAndApiResponses() throws Exception {
		ImportSummary summary = importOpenAlex();
		System.out.println(summary);

		assertThat(summary.rejected()).isZero();
		assertThat(summary.warnings()).anySatisfy((warning) -> assertThat(warning).contains("snapshot is incomplete"));
		assertThat(IngestFixtures.count(this.jdbc, "works")).isGreaterThanOrEqualTo(27 + 50);
		Map<String, Object> priem = this.jdbc.sql("""
				select r.display_name, r.orcid, f.works_count, f.h_index, f.i10_index, f.source_date::text as date,
				    i.display_name as institution
				from researchers r join researcher_source_figures f on f.researcher_id = r.id
				left join institutions i on i.id = r.last_known_institution_id
				where r.openalex_id = 'A5023888391'""").query().singleRow();
		assertThat(priem).containsEntry("display_name", "Jason Priem")
			.containsEntry("orcid", "0000-0001-6187-6610")
			.containsEntry("works_count", 62)
			.containsEntry("h_index", 17)
			.containsEntry("i10_index", 20)
			.containsEntry("date", "2025-10-11")
			.containsEntry("institution", "OpenAlex");
		// The Folin phenol paper: abstract rebuilt from the inverted index.
		Map<String, Object> lowry = this.jdbc.sql("""
				select title, abstract, doi, publication_year from works where openalex_id = 'W1775749144'""")
			.query()
			.singleRow();
		assertThat(lowry).containsEntry("title", "PROTEIN MEASUREMENT WITH THE FOLIN PHENOL REAGENT")
			.containsEntry("doi", "10.1016/s0021-9258(19)52451-6");
		assertThat((String) lowry.get("abstract")).startsWith("Since 1922 when Wu proposed the use of the");
		assertThat(this.jdbc.sql("""
				select a.raw_author_name from authorships a join works w on w.id = a.work_id
				where w.openalex_id = 'W1775749144' order by a.author_order""").query(String.class).list())
			.startsWith("OliverH. Lowry");
		// merged_ids: four author ids merged into A4317838346
		assertThat(this.jdbc.sql("select count(*) from openalex_merged_ids where merge_into_id = 'A4317838346'")
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void importingTheRealDataTwiceChangesNothing() throws Exception {
		importOpenAlex();
		this.imports.importPaths(ImportService.Format.ARXIV, List.of(SHARED_DATA.resolve("arxiv")),
				ImportService.Options.DEFAULT, ImportProgress.NONE);
		Map<String, List<String>> first = IngestFixtures.snapshot(this.jdbc);

		ImportSummary again = importOpenAlex();
		ImportSummary arxivAgain = this.imports.importPaths(ImportService.Format.ARXIV,
				List.of(SHARED_DATA.resolve("arxiv")), ImportService.Options.DEFAULT, ImportProgress.NONE);

		assertThat(again.inserted() + again.updated()).isZero();
		assertThat(arxivAgain.inserted() + arxivAgain.updated()).isZero();
		assertThat(IngestFixtures.snapshot(this.jdbc)).isEqualTo(first);
	}

	@Test
	void importsTheRealArxivRecords() throws Exception {
		ImportSummary summary = this.imports.importPaths(ImportService.Format.ARXIV,
				List.of(SHARED_DATA.resolve("arxiv")), ImportService.Options.DEFAULT, ImportProgress.NONE);
		System.out.println(summary);

		assertThat(summary.read()).isEqualTo(200);
		assertThat(summary.rejected()).isZero();
		assertThat(IngestFixtures.count(this.jdbc, "works")).isEqualTo(200);
		Map<String, Object> first = this.jdbc
			.sql("""
					select title, publication_date::text as date, doi, venue_name from works where arxiv_id = '0704.0001'""")
			.query()
			.singleRow();
		assertThat(first)
			.containsEntry("title",
					"Calculation of prompt diphoton production cross sections at Tevatron and LHC energies")
			.containsEntry("date", "2007-04-02")
			.containsEntry("doi", "10.1103/physrevd.76.013009")
			.containsEntry("venue_name", "Phys.Rev.D76:013009,2007");
		assertThat(this.jdbc.sql("""
				select a.raw_author_name from authorships a join works w on w.id = a.work_id
				where w.arxiv_id = '0704.0001' order by a.author_order""").query(String.class).list())
			.containsExactly("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan");
		assertThat(this.jdbc.sql("select count(*) from authorships where researcher_id is not null")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from works where title ~ '\\\\[''\"`^~]'").query(Long.class).single())
			.isZero();
	}

}
