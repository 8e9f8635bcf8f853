package org.peerscope.metrics;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the metrics are computed from and writes the denormalised results. Every
 * statement works on a whole batch of researchers ({@code ids} is a bigint array).
 */
@Repository
class MetricsStore {

	/**
	 * An authorship ({@code a}) counts unless its researcher flagged it "not me" and the
	 * flag awaits review: the work leaves their list and their figures until an
	 * administrator dismisses the flag.
	 */
	static final String CREDITED_AUTHORSHIP = "not exists (select 1 from authorship_disputes d "
			+ "where d.researcher_id = a.researcher_id and d.work_id = a.work_id and d.status = 'OPEN')";

	/**
	 * The advisory lock key of researcher recomputes (any number no other lock uses; the
	 * demo data takes 20261123).
	 */
	private static final long RECOMPUTE_LOCK = 20261124_01L;

	/** The share of all topic-pair occurrences that count as atypical (novelty). */
	static final double ATYPICAL_SHARE = 0.1;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final int maxTeamSizeForCoauthorship;

	MetricsStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate,
			@Value("${peerscope.metrics.max-team-size-for-coauthorship:50}") int maxTeamSizeForCoauthorship) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.maxTeamSizeForCoauthorship = maxTeamSizeForCoauthorship;
	}

	/**
	 * Rebuilds how common each pair of topics is across the catalogue. A pair's
	 * commonness is the number of works with both topics over the number expected if
	 * topics were combined at random ({@code n(a) n(b) / N}, N the works with a topic);
	 * the pairs with the lowest commonness that together make up {@value #ATYPICAL_SHARE}
	 * of all pair occurrences are atypical.
	 */
	void refreshTopicPairStatistics() {
		this.jdbc.sql("delete from topic_pair_statistics").update();
		this.jdbc.sql("""
				with topic_works as (select topic_id, count(*)::float8 as works from work_topics group by topic_id),
				     total as (select count(distinct work_id)::float8 as works from work_topics),
				     pairs as (
				         select x.topic_id as topic_a, y.topic_id as topic_b, count(*) as works
				         from work_topics x join work_topics y on y.work_id = x.work_id and x.topic_id < y.topic_id
				         group by 1, 2),
				     scored as (
				         select p.topic_a, p.topic_b, p.works, a.works * b.works / total.works as expected
				         from pairs p
				         join topic_works a on a.topic_id = p.topic_a
				         join topic_works b on b.topic_id = p.topic_b
				         cross join total),
				     ranked as (
				         select s.*, s.works / s.expected as commonness,
				                sum(s.works) over (order by s.works / s.expected, s.topic_a, s.topic_b) as running,
				                sum(s.works) over () as occurrences
				         from scored s),
				     threshold as (select min(commonness) as commonness from ranked where running >= ? * occurrences)
				insert into topic_pair_statistics (topic_a, topic_b, works, expected, commonness, atypical)
				select r.topic_a, r.topic_b, r.works, r.expected, r.commonness, r.commonness <= t.commonness
				from ranked r cross join threshold t
				""").param(ATYPICAL_SHARE).update();
	}

	boolean topicPairStatisticsEmpty() {
		return !this.jdbc.sql("select exists (select 1 from topic_pair_statistics)").query(Boolean.class).single();
	}

	/**
	 * Every work of the given researchers with what the metrics need, computed for the
	 * batch's works set-wise (one pass over each table).
	 */
	void forEachWork(Long[] ids, BiConsumer<Long, WorkCitations> consumer) {
		this.jdbc
			.sql("""
					with rw as (select distinct a.researcher_id, a.work_id from authorships a
					            where a.researcher_id = any(?) and %s),
					     bw as (select distinct work_id from rw),
					     tw as (
					         select wt.work_id, count(*) as topics, bool_or(ai.id is not null) as ai,
					                (array_agg(t.field_name order by wt.is_primary desc, wt.score desc, t.id))[1] as field
					         from bw join work_topics wt on wt.work_id = bw.work_id
					         join topics t on t.id = wt.topic_id
					         left join ai_topics ai on ai.id = wt.topic_id
					         group by wt.work_id),
					     aw as (
					         select distinct x.work_id
					         from bw join work_topics x on x.work_id = bw.work_id
					         join work_topics y on y.work_id = x.work_id and x.topic_id < y.topic_id
					         join topic_pair_statistics p on p.topic_a = x.topic_id and p.topic_b = y.topic_id and p.atypical),
					     cw as (
					         select c.work_id, array_agg(c.year order by c.year) as years,
					                array_agg(c.cited_by_count order by c.year) as counts
					         from bw join work_citation_counts c on c.work_id = bw.work_id
					         group by c.work_id)
					select rw.researcher_id, w.id, w.publication_year, w.cited_by_count, w.doi is not null as has_doi,
					       cw.years, cw.counts, coalesce(tw.topics, 0) as topics, coalesce(tw.ai, false) as ai,
					       aw.work_id is not null as atypical, tw.field
					from rw
					join works w on w.id = rw.work_id
					left join cw on cw.work_id = w.id
					left join tw on tw.work_id = w.id
					left join aw on aw.work_id = w.id
					"""
				.formatted(CREDITED_AUTHORSHIP))
			.param(ids)
			.query((rs) -> {
				Map<Integer, Integer> byYear = zip(rs.getArray("years"), rs.getArray("counts"));
				Integer year = (Integer) rs.getObject("publication_year", Integer.class);
				consumer.accept(rs.getLong("researcher_id"),
						new WorkCitations(rs.getLong("id"), year, rs.getInt("cited_by_count"), byYear,
								rs.getBoolean("has_doi"), rs.getInt("topics"), rs.getBoolean("ai"),
								rs.getBoolean("atypical"), rs.getString("field")));
			});
	}

	/**
	 * A researcher's topics are those of their works; share is the fraction of works in
	 * the topic.
	 */
	void refreshTopics(Long[] ids) {
		this.jdbc.sql("delete from researcher_topics where researcher_id = any(?)").param(ids).update();
		this.jdbc.sql("""
				with rw as (select distinct a.researcher_id, a.work_id from authorships a
				            where a.researcher_id = any(?) and %s),
				     totals as (select researcher_id, count(*) as works from rw group by researcher_id)
				insert into researcher_topics (researcher_id, topic_id, work_count, share)
				select rw.researcher_id, wt.topic_id, count(*), least(1, count(*)::real / t.works)
				from rw
				join work_topics wt on wt.work_id = rw.work_id
				join totals t on t.researcher_id = rw.researcher_id
				group by rw.researcher_id, wt.topic_id, t.works
				""".formatted(CREDITED_AUTHORSHIP)).param(ids).update();
	}

	/**
	 * Co-author weights in both directions. Works with very large bylines (consortium
	 * papers) do not make their hundreds of authors each other's collaborators.
	 */
	/**
	 * Serialises recomputes until the calling transaction ends. Two of them over
	 * overlapping researchers (two imports, an import and a claim decision) delete and
	 * insert the same co-author links (both directions of a pair) in different orders: a
	 * deadlock, or a duplicate key once the other one commits.
	 */
	void lockRecomputes() {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(RECOMPUTE_LOCK).query().singleRow();
	}

	void refreshCoauthorLinks(Long[] ids) {
		this.jdbc.sql("delete from coauthor_links where researcher_id = any(?) or coauthor_id = any(?)")
			.params(ids, ids)
			.update();
		this.jdbc.sql("""
				with rw as (
				    select distinct a.researcher_id, a.work_id from authorships a
				    where a.researcher_id = any(?) and %s
				      and (select max(author_order) from authorships t where t.work_id = a.work_id) <= ?)
				insert into coauthor_links (researcher_id, coauthor_id, shared_works)
				select rw.researcher_id, o.researcher_id, count(distinct rw.work_id)
				from rw join authorships o on o.work_id = rw.work_id
				where o.researcher_id is not null and o.researcher_id <> rw.researcher_id
				group by rw.researcher_id, o.researcher_id
				""".formatted(CREDITED_AUTHORSHIP)).params(ids, this.maxTeamSizeForCoauthorship).update();
		this.jdbc.sql("""
				insert into coauthor_links (researcher_id, coauthor_id, shared_works)
				select coauthor_id, researcher_id, shared_works from coauthor_links
				where researcher_id = any(?) and not (coauthor_id = any(?))
				""").params(ids, ids).update();
	}

	/**
	 * The sort and filter columns of each researcher's works ({@code researcher_works}),
	 * which their publication list and graph read in index order instead of sorting all
	 * their works.
	 */
	void refreshResearcherWorks(Long[] ids) {
		this.jdbc.sql("delete from researcher_works where researcher_id = any(?)").param(ids).update();
		this.jdbc.sql("""
				insert into researcher_works (researcher_id, work_id, sort_date, publication_year, cited_by_count,
				                              work_type)
				select distinct on (a.researcher_id, a.work_id)
				       a.researcher_id, w.id, coalesce(w.publication_date, make_date(w.publication_year, 1, 1)),
				       w.publication_year, w.cited_by_count, w.work_type
				from authorships a
				join works w on w.id = a.work_id
				where a.researcher_id = any(?)
				order by a.researcher_id, a.work_id
				""").param(ids).update();
	}

	void saveFigures(Map<Long, ResearcherFigures> figures) {
		Long[] ids = figures.keySet().toArray(Long[]::new);
		Map<Long, int[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select r.id,
				       (select count(*) from researcher_topics t where t.researcher_id = r.id) as topics,
				       (select count(*) from coauthor_links c where c.researcher_id = r.id and c.shared_works >= 2)
				           as close_collaborators
				from researchers r where r.id = any(?)
				""").param(ids).query((rs) -> {
			counts.put(rs.getLong("id"), new int[] { rs.getInt("topics"), rs.getInt("close_collaborators") });
		});
		List<Object[]> metricRows = new ArrayList<>();
		List<Object[]> yearRows = new ArrayList<>();
		figures.forEach((id, f) -> {
			int[] c = counts.getOrDefault(id, new int[2]);
			metricRows.add(new Object[] { id, f.worksCount(), f.citedByCount(), f.hIndex(), f.i10Index(),
					f.twoYearMeanCitedness(), c[0], c[1], f.firstPublicationYear(), f.lastPublicationYear(),
					f.worksWithDoi(), f.worksWithTwoTopics(), f.novelWorks(), f.noveltyPercent(), f.aiScore(),
					f.mainField() });
			f.yearlyCounts()
				.forEach((year, count) -> yearRows.add(new Object[] { id, year, count.works(), count.citations() }));
		});
		this.jdbcTemplate.batchUpdate("""
				insert into researcher_metrics (researcher_id, works_count, cited_by_count, h_index, i10_index,
				    two_year_mean_citedness, topic_count, close_collaborator_count, first_publication_year,
				    last_publication_year, works_with_doi, works_with_two_topics, novel_works, novelty_percent,
				    ai_score, main_field, computed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
				on conflict (researcher_id) do update set works_count = excluded.works_count,
				    cited_by_count = excluded.cited_by_count, h_index = excluded.h_index,
				    i10_index = excluded.i10_index, two_year_mean_citedness = excluded.two_year_mean_citedness,
				    topic_count = excluded.topic_count, close_collaborator_count = excluded.close_collaborator_count,
				    first_publication_year = excluded.first_publication_year,
				    last_publication_year = excluded.last_publication_year, works_with_doi = excluded.works_with_doi,
				    works_with_two_topics = excluded.works_with_two_topics, novel_works = excluded.novel_works,
				    novelty_percent = excluded.novelty_percent, ai_score = excluded.ai_score,
				    main_field = excluded.main_field, computed_at = excluded.computed_at
				""", metricRows);
		this.jdbc.sql("delete from researcher_yearly_counts where researcher_id = any(?)").param(ids).update();
		this.jdbcTemplate.batchUpdate(
				"insert into researcher_yearly_counts (researcher_id, year, works_count, cited_by_count) values (?, ?, ?, ?)",
				yearRows);
	}

	private static Map<Integer, Integer> zip(Array years, Array counts) throws SQLException {
		Map<Integer, Integer> byYear = new HashMap<>();
		if (years == null) {
			return byYear;
		}
		Object[] yearValues = (Object[]) years.getArray();
		Object[] countValues = (Object[]) counts.getArray();
		for (int i = 0; i < yearValues.length; i++) {
			byYear.put(((Number) yearValues[i]).intValue(), ((Number) countValues[i]).intValue());
		}
		return byYear;
	}

}
