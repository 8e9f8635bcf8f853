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

@IntegrationTest
class ResearcherMetricsServiceTest {

	@Autowired
	ResearcherMetricsService metrics;

	@Autowired
	TestCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	long ada;

	long grace;

	long linus;

	long topic;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		this.ada = this.catalog.researcher("Ada").insert();
		this.grace = this.catalog.researcher("Grace").insert();
		this.linus = this.catalog.researcher("Linus").insert();
		this.topic = this.catalog.topic("Optimal Transport", "Mathematics");
		long other = this.catalog.topic("Random Matrix Theory", "Mathematics");
		int year = Year.now().getValue();
		this.catalog.work("A")
			.year(year - 1)
			.citations(25)
			.citationsIn(year - 1, 5)
			.citationsIn(year, 20)
			.authors(this.ada, this.grace)
			.topic(this.topic, true)
			.insert();
		this.catalog.work("B")
			.year(year - 2)
			.citations(10)
			.citationsIn(year - 1, 10)
			.authors(this.ada, this.grace, this.linus)
			.topic(this.topic, true)
			.topic(other, false)
			.insert();
		this.catalog.work("C").year(year - 5).citations(9).authors(this.linus, this.ada).insert();
		this.catalog.work("D").year(year - 5).citations(0).authors("Someone Else", this.ada).insert();
	}

	@Test
	void keepsEachResearchersWorkListKeysInStepWithWorksAndAuthorships() {
		this.jdbc.sql("delete from researcher_works").update();
		this.jdbc
			.sql("update works set cited_by_count = 99, publication_date = make_date(publication_year, 6, 30) "
					+ "where title = 'C'")
			.update();
		this.jdbc
			.sql("update authorships set researcher_id = null where researcher_id = ? "
					+ "and work_id = (select id from works where title = 'D')")
			.param(this.ada)
			.update();
		this.metrics.recompute(List.of(this.ada, this.linus));
		assertThat(listKeys(this.ada)).containsExactly("A|" + (Year.now().getValue() - 1) + "-01-01|25|article",
				"B|" + (Year.now().getValue() - 2) + "-01-01|10|article",
				"C|" + (Year.now().getValue() - 5) + "-06-30|99|article");
		assertThat(listKeys(this.linus)).hasSize(2);
		// Grace was not recomputed: her rows wait for her recompute.
		assertThat(listKeys(this.grace)).isEmpty();
	}

	@Test
	void keepsTheCountsOfEachTypeInStepWithTheWorkList() {
		this.catalog.work("E").type("book").year(1999).authors(this.ada).insert();
		this.metrics.recompute(List.of(this.ada, this.grace, this.linus));
		assertThat(typeCounts()).isEqualTo(typeCountsFromTheList()).contains(this.ada + "|book|1|1999|1999");
		this.jdbc.sql("delete from works where title in ('E', 'B')").update();
		assertThat(typeCounts()).isEqualTo(typeCountsFromTheList()).noneMatch((row) -> row.contains("book"));
		this.jdbc.sql("update authorships set researcher_id = null where researcher_id = ?").param(this.linus).update();
		this.metrics.recompute(List.of(this.linus));
		assertThat(typeCounts()).isEqualTo(typeCountsFromTheList())
			.noneMatch((row) -> row.startsWith(this.linus + "|"));
		this.jdbc.sql("delete from researchers where id = ?").param(this.grace).update();
		assertThat(typeCounts()).isEqualTo(typeCountsFromTheList())
			.noneMatch((row) -> row.startsWith(this.grace + "|"));
	}

	private List<String> typeCounts() {
		return this.jdbc.sql("""
				select researcher_id || '|' || work_type || '|' || works || '|' || coalesce(first_year, 0) || '|'
				       || coalesce(last_year, 0)
				from researcher_work_types order by 1""").query(String.class).list();
	}

	private List<String> typeCountsFromTheList() {
		return this.jdbc.sql("""
				select researcher_id || '|' || work_type || '|' || count(*) || '|' || coalesce(min(publication_year), 0)
				       || '|' || coalesce(max(publication_year), 0)
				from researcher_works group by researcher_id, work_type order by 1""").query(String.class).list();
	}

	private List<String> listKeys(long researcher) {
		return this.jdbc.sql("""
				select w.title || '|' || rw.sort_date || '|' || rw.cited_by_count || '|' || rw.work_type
				from researcher_works rw join works w on w.id = rw.work_id
				where rw.researcher_id = ? order by w.title""").param(researcher).query(String.class).list();
	}

	@Test
	void storesFiguresComputedFromTheWorks() {
		this.metrics.recompute(List.of(this.ada, this.grace, this.linus));
		Map<String, Object> row = this.jdbc.sql("select * from researcher_metrics where researcher_id = ?")
			.param(this.ada)
			.query()
			.singleRow();
		assertThat(row).containsEntry("works_count", 4)
			.containsEntry("cited_by_count", 44L)
			.containsEntry("h_index", 3)
			.containsEntry("i10_index", 2)
			// Works from the two previous years: A got 5 in the window, B got 10 -> (5 +
			// 10) / 2
			.containsEntry("two_year_mean_citedness", 7.5)
			.containsEntry("topic_count", 2)
			// Grace shares A and B; Linus shares B and C: both close collaborators.
			.containsEntry("close_collaborator_count", 2);
	}

	@Test
	void storesCoauthorWeightsInBothDirections() {
		this.metrics.recompute(List.of(this.ada));
		List<Map<String, Object>> links = this.jdbc
			.sql("select researcher_id, coauthor_id, shared_works from coauthor_links order by 1, 2")
			.query()
			.listOfRows();
		assertThat(links).containsExactlyInAnyOrder(link(this.ada, this.grace, 2), link(this.ada, this.linus, 2),
				link(this.grace, this.ada, 2), link(this.linus, this.ada, 2));
	}

	@Test
	void derivesTopicSharesFromTheWorks() {
		this.metrics.recompute(List.of(this.ada));
		Map<String, Object> row = this.jdbc
			.sql("select work_count, share from researcher_topics where researcher_id = ? and topic_id = ?")
			.params(this.ada, this.topic)
			.query()
			.singleRow();
		assertThat(row).containsEntry("work_count", 2).containsEntry("share", 0.5f);
	}

	@Test
	void recomputingTwiceChangesNothing() {
		this.metrics.recomputeAll();
		List<Map<String, Object>> first = snapshot();
		this.metrics.recomputeAll();
		assertThat(snapshot()).isEqualTo(first);
	}

	@Test
	void givesResearchersWithoutWorksZeroes() {
		long newcomer = this.catalog.researcher("Newcomer").insert();
		this.metrics.recompute(List.of(newcomer));
		assertThat(this.jdbc.sql("select works_count, h_index from researcher_metrics where researcher_id = ?")
			.param(newcomer)
			.query()
			.singleRow()).containsEntry("works_count", 0).containsEntry("h_index", 0);
	}

	private List<Map<String, Object>> snapshot() {
		return this.jdbc.sql("""
				select researcher_id, works_count, cited_by_count, h_index, i10_index, two_year_mean_citedness,
				       topic_count, close_collaborator_count from researcher_metrics order by researcher_id""")
			.query()
			.listOfRows();
	}

	private static Map<String, Object> link(long researcher, long coauthor, int shared) {
		return Map.of("researcher_id", researcher, "coauthor_id", coauthor, "shared_works", shared);
	}

}
