package org.peerscope.institution;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InstitutionQueries {

	private final JdbcClient jdbc;

	InstitutionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Header> header(String key) {
		return this.jdbc.sql("""
				select i.id, i.public_key, i.openalex_id, i.ror, i.display_name, i.country_code, i.institution_type,
				       i.homepage_url,
				       (select count(*) from researcher_affiliations ra where ra.institution_id = i.id) as members,
				       (select count(*) from researchers r where r.last_known_institution_id = i.id) as current_members,
				       (select count(*) from (
				            select a.work_id from authorships a
				            join researcher_affiliations ra on ra.researcher_id = a.researcher_id
				            where ra.institution_id = i.id
				            union
				            select ai.work_id from authorship_institutions ai where ai.institution_id = i.id) w)
				           as works
				from institutions i
				where i.public_key = :key or i.openalex_id = :key
				""")
			.param("key", key)
			.query((rs, n) -> new Header(rs.getLong("id"), rs.getString("public_key"), rs.getString("openalex_id"),
					rs.getString("ror"), rs.getString("display_name"), rs.getString("country_code"),
					rs.getString("institution_type"), rs.getString("homepage_url"), rs.getLong("members"),
					rs.getLong("current_members"), rs.getLong("works")))
			.optional();
	}

	/** Affiliated researchers: current first, then the most recently there. */
	List<InstitutionPage.Member> members(long institutionId, long offset, int limit) {
		return this.jdbc.sql("""
				select r.public_key, r.display_name, ra.first_year, ra.last_year,
				       r.last_known_institution_id is not distinct from ra.institution_id as current,
				       coalesce(m.works_count, 0) as works_count
				from researcher_affiliations ra
				join researchers r on r.id = ra.researcher_id
				left join researcher_metrics m on m.researcher_id = r.id
				where ra.institution_id = ?
				order by current desc, ra.last_year desc nulls first, m.cited_by_count desc nulls last,
				         r.display_name, r.id
				offset ? limit ?
				""")
			.params(institutionId, offset, limit)
			.query((rs, n) -> new InstitutionPage.Member(rs.getString("public_key"), rs.getString("display_name"),
					(Integer) rs.getObject("first_year", Integer.class),
					(Integer) rs.getObject("last_year", Integer.class), rs.getBoolean("current"),
					rs.getInt("works_count")))
			.list();
	}

	/** The topics the institution's current researchers work on most. */
	List<InstitutionPage.TopicCount> topTopics(long institutionId, int limit) {
		return this.jdbc.sql("""
				select t.public_key, t.display_name, t.field_name, sum(rt.work_count) as works
				from researchers r
				join researcher_topics rt on rt.researcher_id = r.id
				join topics t on t.id = rt.topic_id
				where r.last_known_institution_id = ?
				group by t.id, t.public_key, t.display_name, t.field_name
				order by works desc, t.display_name
				limit ?
				""")
			.params(institutionId, limit)
			.query((rs, n) -> new InstitutionPage.TopicCount(rs.getString("public_key"), rs.getString("display_name"),
					rs.getString("field_name"), rs.getLong("works")))
			.list();
	}

	record Header(long id, String key, String openalexId, String ror, String name, String countryCode, String type,
			String homepageUrl, long members, long currentMembers, long works) {
	}

}
