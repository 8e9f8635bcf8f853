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
import static org.peerscope.ingest.IngestFixtures.fixture;

/**
 * Peerscope's recomputed figures against the figures OpenAlex states for the same authors
 * ({@code summary_stats}, {@code works_count}, {@code cited_by_count}).
 *
 * <p>
 * They can only agree when every work of the author is imported: a sample holds a few of
 * an author's works (the top-50 authors have tens of thousands), so for those Peerscope
 * counts fewer works and citations, and a lower h-index. The comparison therefore asserts
 * equality only where the imported works number what the source says the author has, and
 * for the others that Peerscope never counts more works than the source.
 */
@IntegrationTest
class SourceFiguresComparisonTest {

	private static final String COMPARISON = """
			select r.openalex_id, f.works_count as source_works, f.cited_by_count as source_citations,
			    f.h_index as source_h, f.i10_index as source_i10,
			    coalesce(m.works_count, 0) as works, coalesce(m.cited_by_count, 0) as citations,
			    coalesce(m.h_index, 0) as h, coalesce(m.i10_index, 0) as i10
			from researchers r
			join researcher_source_figures f on f.researcher_id = r.id
			left join researcher_metrics m on m.researcher_id = r.id
			order by r.openalex_id""";

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

	@Test
	void figuresEqualTheSourceForAuthorsWhoseWorksAreAllImported() throws Exception {
		this.imports.importPaths(ImportService.Format.OPENALEX,
				List.of(fixture("openalex-authors.jsonl"), fixture("openalex-works.jsonl")),
				ImportService.Options.DEFAULT, ImportProgress.NONE);

		List<Map<String, Object>> rows = this.jdbc.sql(COMPARISON).query().listOfRows();

		assertThat(rows).hasSize(2).allSatisfy(this::assertEqualFigures);
	}

	@Test
	void onTheRealSampleFiguresAgreeWhereTheWorksListIsComplete() throws Exception {
		assumeTrue(IngestFixtures.sharedDataPresent(), "no shared data in " + SHARED_DATA);
		this.imports.importPaths(ImportService.Format.OPENALEX,
				List.of(SHARED_DATA.resolve("openalex-snapshot"), SHARED_DATA.resolve("openalex-api")),
				ImportService.Options.DEFAULT, ImportProgress.NONE);

		List<Map<String, Object>> rows = this.jdbc.sql(COMPARISON).query().listOfRows();
		List<Map<String, Object>> complete = rows.stream()
			.filter((row) -> row.get("source_works") != null
					&& ((Number) row.get("source_works")).longValue() == ((Number) row.get("works")).longValue())
			.toList();
		List<Map<String, Object>> incomplete = rows.stream().filter((row) -> !complete.contains(row)).toList();

		// 51 authors with figures: the snapshot's one (no works yet) and the API's top 50
		// plus Jason Priem.
		assertThat(rows).hasSizeGreaterThanOrEqualTo(51);
		assertThat(complete).isNotEmpty().allSatisfy(this::assertEqualFigures);
		// Works not imported: fewer works and citations than the source states, never
		// more.
		assertThat(incomplete).isNotEmpty().allSatisfy((row) -> {
			assertThat(((Number) row.get("works")).longValue())
				.isLessThan(((Number) row.get("source_works")).longValue());
			assertThat(((Number) row.get("h")).longValue())
				.isLessThanOrEqualTo(((Number) row.get("works")).longValue());
		});
	}

	private void assertEqualFigures(Map<String, Object> row) {
		assertThat(((Number) row.get("works")).longValue()).as("works of %s", row.get("openalex_id"))
			.isEqualTo(((Number) row.get("source_works")).longValue());
		assertThat(((Number) row.get("citations")).longValue()).as("citations of %s", row.get("openalex_id"))
			.isEqualTo(((Number) row.get("source_citations")).longValue());
		assertThat(((Number) row.get("h")).longValue()).as("h-index of %s", row.get("openalex_id"))
			.isEqualTo(((Number) row.get("source_h")).longValue());
		assertThat(((Number) row.get("i10")).longValue()).as("i10-index of %s", row.get("openalex_id"))
			.isEqualTo(((Number) row.get("source_i10")).longValue());
	}

}
