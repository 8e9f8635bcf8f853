package org.peerscope.topic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TopicQueries {

	private final JdbcClient jdbc;

	TopicQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Header> header(String key) {
		return this.jdbc.sql("""
				select t.id, t.public_key, t.openalex_id, t.arxiv_category, t.display_name, t.description,
				       t.subfield_name, t.field_name, t.domain_name,
				       (select count(*) from work_topics wt where wt.topic_id = t.id) as works,
				       (select count(*) from researcher_topics rt where rt.topic_id = t.id) as researchers
				from topics t
				where t.public_key = :key or t.openalex_id = :key
				""")
			.param("key", key)
			.query((rs, n) -> new Header(rs.getLong("id"), rs.getString("public_key"), rs.getString("openalex_id"),
					rs.getString("arxiv_category"), rs.getString("display_name"), rs.getString("description"),
					rs.getString("subfield_name"), rs.getString("field_name"), rs.getString("domain_name"),
					rs.getLong("works"), rs.getLong("researchers")))
			.optional();
	}

	/** Who has the most works in the topic. */
	List<TopicPage.Researcher> researchers(long topicId, long offset, int limit) {
		return this.jdbc.sql("""
				select r.public_key, r.display_name, i.public_key as affiliation_key, i.display_name as affiliation,
				       rt.work_count
				from researcher_topics rt
				join researchers r on r.id = rt.researcher_id
				left join institutions i on i.id = r.last_known_institution_id
				where rt.topic_id = ?
				order by rt.work_count desc, r.display_name, r.id
				offset ? limit ?
				""")
			.params(topicId, offset, limit)
			.query((rs, n) -> new TopicPage.Researcher(rs.getString("public_key"), rs.getString("display_name"),
					rs.getString("affiliation_key"), rs.getString("affiliation"), rs.getInt("work_count")))
			.list();
	}

	/**
	 * The topic's works, newest first: the order of {@code works_newest_idx}, which a
	 * large topic's page walks instead of sorting all its works.
	 */
	List<TopicPage.Work> works(long topicId, long offset, int limit) {
		return this.jdbc.sql("""
				select w.public_key, w.title, w.work_type, w.publication_date, w.publication_year,
				       coalesce(s.display_name, w.venue_name) as venue, w.cited_by_count
				from work_topics wt
				join works w on w.id = wt.work_id
				left join sources s on s.id = w.source_id
				where wt.topic_id = ?
				order by coalesce(w.publication_date, make_date(w.publication_year, 1, 1)) desc nulls last, w.id desc
				offset ? limit ?
				""")
			.params(topicId, offset, limit)
			.query((rs, n) -> new TopicPage.Work(rs.getString("public_key"), rs.getString("title"),
					rs.getString("work_type"), rs.getObject("publication_date", LocalDate.class),
					(Integer) rs.getObject("publication_year", Integer.class), rs.getString("venue"),
					rs.getInt("cited_by_count")))
			.list();
	}

	record Header(long id, String key, String openalexId, String arxivCategory, String name, String description,
			String subfield, String field, String domain, long works, long researchers) {
	}

}
