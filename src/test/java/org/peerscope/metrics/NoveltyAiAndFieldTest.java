package org.peerscope.metrics;

import java.time.Year;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The catalogue-wide figures, computed by hand for a small catalogue.
 */
@IntegrationTest
class NoveltyAiAndFieldTest {

	@Autowired
	ResearcherMetricsService metrics;

	@Autowired
	TestCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	long a;

	long b;

	long c;

	long researcher;

	long other;

	int year = Year.now().getValue();

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		this.a = this.catalog.topic("Deep Learning", "Computer Science");
		this.b = this.catalog.topic("Compilers", "Computer Science");
		this.c = this.catalog.topic("Marine Biology", "Biology");
		this.jdbc.sql("update topics set subfield_name = 'Artificial Intelligence' where id = ?")
			.param(this.a)
			.update();
		this.researcher = this.catalog.researcher("Ada").insert();
		this.other = this.catalog.researcher("Grace").insert();
		// Nine works on {A, B} (by Grace, and one by Ada), one on {A, C} and one on {C}
		// alone (both Ada's).
		// n(A) = 10, n(B) = 9, n(C) = 2, N = 11 works with a topic.
		// (A, B): 9 works, expected 10 * 9 / 11 = 8.18, commonness 1.10.
		// (A, C): 1 work, expected 10 * 2 / 11 = 1.82, commonness 0.55.
		// 10 pair occurrences: the least common tenth is the single (A, C) occurrence.
		for (int i = 0; i < 8; i++) {
			this.catalog.work("AB " + i)
				.year(this.year - 10)
				.authors(this.other)
				.topic(this.a, true)
				.topic(this.b, false)
				.insert();
		}
		this.catalog.work("Ada AB")
			.year(this.year)
			.doi("10.1234/ab")
			.authors(this.researcher, this.other)
			.topic(this.b, true)
			.topic(this.a, false)
			.insert();
		this.catalog.work("Ada AC")
			.year(this.year - 5)
			.authors(this.researcher)
			.topic(this.c, true)
			.topic(this.a, false)
			.insert();
		this.catalog.work("Ada C").year(this.year - 5).authors(this.researcher).topic(this.c, true).insert();
		this.catalog.work("Ada undated").authors(this.researcher).insert();
	}

	@Test
	void marksTheLeastCommonTenthOfTopicPairsAtypical() {
		this.metrics.recompute(List.of(this.researcher));
		List<Map<String, Object>> pairs = this.jdbc
			.sql("select topic_a, topic_b, works, round(commonness::numeric, 2) as commonness, atypical "
					+ "from topic_pair_statistics order by topic_a, topic_b")
			.query()
			.listOfRows();
		assertThat(pairs).hasSize(2);
		assertThat(pairs.get(0)).containsEntry("topic_a", this.a)
			.containsEntry("topic_b", this.b)
			.containsEntry("works", 9)
			.containsEntry("commonness", new java.math.BigDecimal("1.10"))
			.containsEntry("atypical", false);
		assertThat(pairs.get(1)).containsEntry("topic_a", this.a)
			.containsEntry("topic_b", this.c)
			.containsEntry("works", 1)
			.containsEntry("commonness", new java.math.BigDecimal("0.55"))
			.containsEntry("atypical", true);
	}

	@Test
	void storesNoveltyAiScoreAndFieldOfEachResearcher() {
		this.metrics.recompute(List.of(this.researcher, this.other));
		Map<String, Object> ada = row(this.researcher);
		// Two of Ada's works have two topics; one of them combines the atypical pair.
		assertThat(ada).containsEntry("works_with_two_topics", 2).containsEntry("novel_works", 1);
		assertThat((Double) ada.get("novelty_percent")).isCloseTo(50.0, within(1e-9));
		// AI works: "Ada AB" (this year, weight 1) and "Ada AC" (five years old, weight
		// 0.5); "Ada C" (weight 0.5) is not; the undated work is left out: 1.5 / 2.
		assertThat((Double) ada.get("ai_score")).isCloseTo(75.0, within(1e-9));
		// Primary topics: Compilers (Computer Science), Marine Biology twice (Biology).
		assertThat(ada).containsEntry("main_field", "Biology").containsEntry("works_with_doi", 1);

		Map<String, Object> grace = row(this.other);
		assertThat((Double) grace.get("novelty_percent")).isZero();
		assertThat((Double) grace.get("ai_score")).isCloseTo(100.0, within(1e-9));
		assertThat(grace).containsEntry("main_field", "Computer Science");
	}

	@Test
	void leavesUndefinedFiguresEmptyRatherThanZero() {
		long newcomer = this.catalog.researcher("Newcomer").insert();
		this.catalog.work("Untagged").authors(newcomer).insert();
		this.metrics.recompute(List.of(newcomer));
		assertThat(row(newcomer)).containsEntry("novelty_percent", null)
			.containsEntry("ai_score", null)
			.containsEntry("main_field", null);
	}

	private Map<String, Object> row(long id) {
		return this.jdbc.sql("select * from researcher_metrics where researcher_id = ?").param(id).query().singleRow();
	}

}
