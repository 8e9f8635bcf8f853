package org.peerscope.researcher;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peerscope.common.RankedKey;
import org.peerscope.researcher.ResearcherProfile.AffiliationView;
import org.peerscope.researcher.ResearcherProfile.MetricsView;
import org.peerscope.researcher.ResearcherProfile.TopicChip;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ResearcherQueries {

	private final JdbcClient jdbc;

	ResearcherQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Header> header(String key) {
		return this.jdbc.sql("""
				select r.id, r.public_key, r.display_name, r.alternative_names, r.orcid, r.openalex_id,
				       r.open_to_collaborate, m.researcher_id is not null as has_metrics, m.works_count,
				       m.cited_by_count, m.h_index, m.i10_index, m.two_year_mean_citedness, m.topic_count,
				       m.close_collaborator_count
				from researchers r
				left join researcher_metrics m on m.researcher_id = r.id
				where r.public_key = :key or r.openalex_id = :key
				""").param("key", key).query((rs, n) -> header(rs)).optional();
	}

	Optional<Long> idOf(String key) {
		return this.jdbc.sql("select id from researchers where public_key = :key or openalex_id = :key")
			.param("key", key)
			.query(Long.class)
			.optional();
	}

	List<AffiliationView> affiliations(long researcherId) {
		return this.jdbc.sql("""
				select i.public_key, i.display_name, i.country_code, ra.first_year, ra.last_year,
				       i.id = r.last_known_institution_id as current
				from researcher_affiliations ra
				join institutions i on i.id = ra.institution_id
				join researchers r on r.id = ra.researcher_id
				where ra.researcher_id = ?
				order by current desc, ra.last_year desc nulls last, ra.first_year desc nulls last, i.display_name
				""")
			.param(researcherId)
			.query((rs, n) -> new AffiliationView(rs.getString("public_key"), rs.getString("display_name"),
					rs.getString("country_code"), (Integer) rs.getObject("first_year", Integer.class),
					(Integer) rs.getObject("last_year", Integer.class), rs.getBoolean("current")))
			.list();
	}

	List<TopicChip> topics(long researcherId, int limit) {
		return this.jdbc.sql("""
				select t.public_key, t.display_name, t.field_name, rt.work_count
				from researcher_topics rt join topics t on t.id = rt.topic_id
				where rt.researcher_id = ?
				order by rt.work_count desc, t.display_name
				limit ?
				""")
			.params(researcherId, limit)
			.query((rs, n) -> new TopicChip(rs.getString("public_key"), rs.getString("display_name"),
					rs.getString("field_name"), rs.getInt("work_count")))
			.list();
	}

	/** Works and citations per year, for the years from {@code firstYear} on. */
	Map<Integer, long[]> yearlyCounts(long researcherId, int firstYear) {
		Map<Integer, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select year, works_count, cited_by_count from researcher_yearly_counts
				where researcher_id = ? and year >= ?
				""").params(researcherId, firstYear).query((rs) -> {
			counts.put(rs.getInt("year"), new long[] { rs.getLong("works_count"), rs.getLong("cited_by_count") });
		});
		return counts;
	}

	/**
	 * The closest collaborators, the institutions where they are (weighted by how many of
	 * them), and the main topics, in one statement.
	 */
	GraphTeaser teaser(long researcherId, int limit) {
		List<GraphTeaser.Link> collaborators = new ArrayList<>();
		List<GraphTeaser.Link> institutions = new ArrayList<>();
		List<GraphTeaser.Link> topics = new ArrayList<>();
		this.jdbc.sql("""
				(select 'collaborator' as kind, r.public_key, r.display_name, c.shared_works as weight
				 from coauthor_links c join researchers r on r.id = c.coauthor_id
				 where c.researcher_id = :id
				 order by c.shared_works desc, r.display_name limit :limit)
				union all
				(select 'institution', i.public_key, i.display_name, count(*)::int
				 from coauthor_links c
				 join researchers r on r.id = c.coauthor_id
				 join institutions i on i.id = r.last_known_institution_id
				 where c.researcher_id = :id
				 group by i.id, i.public_key, i.display_name
				 order by count(*) desc, i.display_name limit :limit)
				union all
				(select 'topic', t.public_key, t.display_name, rt.work_count
				 from researcher_topics rt join topics t on t.id = rt.topic_id
				 where rt.researcher_id = :id
				 order by rt.work_count desc, t.display_name limit :limit)
				""").param("id", researcherId).param("limit", limit).query((rs) -> {
			GraphTeaser.Link link = new GraphTeaser.Link(rs.getString("public_key"), rs.getString("display_name"),
					rs.getInt("weight"));
			switch (rs.getString("kind")) {
				case "collaborator" -> collaborators.add(link);
				case "institution" -> institutions.add(link);
				default -> topics.add(link);
			}
		});
		return new GraphTeaser(collaborators, institutions, topics);
	}

	long count() {
		return this.jdbc.sql("select count(*) from researchers").query(Long.class).single();
	}

	/** Most cited first; researchers whose figures are not computed yet come last. */
	List<ResearcherSummary> mostCited(long offset, int limit) {
		return this.jdbc.sql("""
				select r.public_key, r.display_name, i.display_name as affiliation, r.open_to_collaborate,
				       coalesce(m.works_count, 0) as works_count, coalesce(m.cited_by_count, 0) as cited_by_count,
				       coalesce(m.h_index, 0) as h_index
				from researchers r
				left join researcher_metrics m on m.researcher_id = r.id
				left join institutions i on i.id = r.last_known_institution_id
				order by m.cited_by_count desc nulls last, r.display_name, r.id
				offset ? limit ?
				""")
			.params(offset, limit)
			.query((rs, n) -> new ResearcherSummary(rs.getString("public_key"), rs.getString("display_name"),
					rs.getString("affiliation"), rs.getInt("works_count"), rs.getLong("cited_by_count"),
					rs.getInt("h_index"), rs.getBoolean("open_to_collaborate")))
			.list();
	}

	List<RankedKey> keysMostCitedFirst(RankedKey after, int limit) {
		return this.jdbc.sql("""
				select r.public_key, coalesce(m.cited_by_count, 0) as cited_by_count, r.id
				from researchers r
				left join researcher_metrics m on m.researcher_id = r.id
				where (coalesce(m.cited_by_count, 0), -r.id) < (?, ?)
				order by coalesce(m.cited_by_count, 0) desc, r.id
				limit ?
				""")
			.params(after.citedByCount(), -after.id(), limit)
			.query((rs, n) -> new RankedKey(rs.getString("public_key"), rs.getLong("cited_by_count"), rs.getLong("id")))
			.list();
	}

	private static Header header(ResultSet rs) throws SQLException {
		MetricsView metrics = rs.getBoolean("has_metrics")
				? new MetricsView(rs.getInt("works_count"), rs.getLong("cited_by_count"), rs.getInt("h_index"),
						rs.getInt("i10_index"), rs.getDouble("two_year_mean_citedness"), rs.getInt("topic_count"),
						rs.getInt("close_collaborator_count"))
				: null;
		return new Header(rs.getLong("id"), rs.getString("public_key"), rs.getString("display_name"),
				strings(rs.getArray("alternative_names")), rs.getString("orcid"), rs.getString("openalex_id"),
				rs.getBoolean("open_to_collaborate"), metrics);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	record Header(long id, String key, String displayName, List<String> alternativeNames, String orcid,
			String openalexId, boolean openToCollaborate, MetricsView metrics) {
	}

}
