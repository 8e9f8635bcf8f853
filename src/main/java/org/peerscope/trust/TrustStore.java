package org.peerscope.trust;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peerscope.trust.TrustInputs.Affiliation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the trust inputs (claim state only through the {@code researcher_verification}
 * view) and stores them with the score. Batch statements take a bigint array of ids.
 */
@Repository
class TrustStore {

	/**
	 * The inputs of a batch of researchers, from the catalogue, the metrics and the view.
	 */
	private static final String INPUTS = """
			select r.id, coalesce(v.claimed, false) as claimed, coalesce(v.verification_level, 0) as verification_level,
			       coalesce(v.orcid_confirmed, false) as orcid_confirmed,
			       coalesce(v.institution_email_verified, false) as institution_email_verified,
			       coalesce(v.reviewed, false) as reviewed, coalesce(v.open_disputes, 0) as open_disputes,
			       r.orcid is not null as has_orcid, r.openalex_id is not null as has_openalex_id,
			       case when r.last_known_institution_id is not null
			                 and (cur.last_year is null or cur.last_year >= :year - :current_years) then 'CURRENT'
			            when r.last_known_institution_id is not null or latest.researcher_id is not null then 'PAST'
			            else 'NONE' end as affiliation,
			       case when r.last_known_institution_id is not null then cur.last_year else latest.last_year end
			           as affiliation_last_year,
			       coalesce(i.display_name, li.display_name) as institution_name,
			       coalesce(m.works_count, 0) as works_count, coalesce(m.works_with_doi, 0) as works_with_doi,
			       coalesce(c.coauthors, 0) as coauthors, coalesce(c.verified, 0) as verified_coauthors,
			       coalesce(c.identified, 0) as identified_coauthors, m.first_publication_year
			from researchers r
			left join researcher_verification v on v.researcher_id = r.id
			left join researcher_metrics m on m.researcher_id = r.id
			left join institutions i on i.id = r.last_known_institution_id
			left join researcher_affiliations cur
			       on cur.researcher_id = r.id and cur.institution_id = r.last_known_institution_id
			left join lateral (
			    select a.researcher_id, a.institution_id, a.last_year from researcher_affiliations a
			    where a.researcher_id = r.id order by a.last_year desc nulls first limit 1) latest on true
			left join institutions li on li.id = latest.institution_id
			left join lateral (
			    select count(*) as coauthors, count(*) filter (where cv.verification_level >= 2) as verified,
			           count(*) filter (where cv.verification_level = 1) as identified
			    from coauthor_links cl join researcher_verification cv on cv.researcher_id = cl.coauthor_id
			    where cl.researcher_id = r.id) c on true
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	TrustStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/**
	 * The co-authors of the given researchers (whose co-author signal depends on them).
	 */
	List<Long> coauthorsOf(Long[] ids) {
		return this.jdbc
			.sql("select distinct coauthor_id from coauthor_links where researcher_id = any(:ids) "
					+ "and not (coauthor_id = any(:ids))")
			.param("ids", ids)
			.query(Long.class)
			.list();
	}

	Map<Long, TrustInputs> inputs(Long[] ids, int referenceYear) {
		Map<Long, TrustInputs> inputs = new HashMap<>();
		this.jdbc.sql(INPUTS + " where r.id = any(:ids)")
			.param("ids", ids)
			.param("year", referenceYear)
			.param("current_years", TrustRules.CURRENT_AFFILIATION_YEARS)
			.query((rs) -> {
				inputs.put(rs.getLong("id"), inputs(rs, referenceYear));
			});
		return inputs;
	}

	void save(Map<Long, TrustInputs> inputs) {
		List<Object[]> rows = new ArrayList<>();
		inputs.forEach((id, in) -> {
			TrustRules.Assessment assessment = TrustRules.assess(in);
			rows.add(new Object[] { id, assessment.score(), assessment.label().name(), assessment.level(), in.claimed(),
					in.orcidConfirmed(), in.institutionEmailVerified(), in.reviewed(), in.openDisputes(), in.hasOrcid(),
					in.hasOpenalexId(), in.affiliation().name(), in.affiliationLastYear(), in.worksCount(),
					in.worksWithDoi(), in.coauthors(), in.verifiedCoauthors(), in.identifiedCoauthors(),
					in.firstPublicationYear(), in.referenceYear() });
		});
		this.jdbcTemplate.batchUpdate("""
				insert into researcher_trust (researcher_id, score, label, verification_level, claimed, orcid_confirmed,
				    institution_email_verified, reviewed, open_disputes, has_orcid, has_openalex_id, affiliation,
				    affiliation_last_year, works_count, works_with_doi, coauthors, verified_coauthors,
				    identified_coauthors, first_publication_year, reference_year, computed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
				on conflict (researcher_id) do update set score = excluded.score, label = excluded.label,
				    verification_level = excluded.verification_level, claimed = excluded.claimed,
				    orcid_confirmed = excluded.orcid_confirmed,
				    institution_email_verified = excluded.institution_email_verified, reviewed = excluded.reviewed,
				    open_disputes = excluded.open_disputes, has_orcid = excluded.has_orcid,
				    has_openalex_id = excluded.has_openalex_id, affiliation = excluded.affiliation,
				    affiliation_last_year = excluded.affiliation_last_year, works_count = excluded.works_count,
				    works_with_doi = excluded.works_with_doi, coauthors = excluded.coauthors,
				    verified_coauthors = excluded.verified_coauthors,
				    identified_coauthors = excluded.identified_coauthors,
				    first_publication_year = excluded.first_publication_year,
				    reference_year = excluded.reference_year, computed_at = excluded.computed_at
				""", rows);
	}

	/**
	 * The stored inputs of one researcher, with the claim state read live from the view
	 * (a claim decided since the last refresh shows at once) and the institution's name;
	 * empty when none are stored.
	 */
	Optional<TrustInputs> stored(long researcherId) {
		return this.jdbc
			.sql("""
					select t.*, coalesce(v.claimed, false) as live_claimed,
					       coalesce(v.verification_level, 0) as live_level,
					       coalesce(v.orcid_confirmed, false) as live_orcid_confirmed,
					       coalesce(v.institution_email_verified, false) as live_email_verified,
					       coalesce(v.reviewed, false) as live_reviewed, coalesce(v.open_disputes, 0) as live_disputes,
					       coalesce(i.display_name, (
					           select li.display_name from researcher_affiliations a
					           join institutions li on li.id = a.institution_id
					           where a.researcher_id = r.id order by a.last_year desc nulls first limit 1)) as institution_name
					from researcher_trust t
					join researchers r on r.id = t.researcher_id
					left join researcher_verification v on v.researcher_id = t.researcher_id
					left join institutions i on i.id = r.last_known_institution_id
					where t.researcher_id = ?
					""")
			.param(researcherId)
			.query((rs, n) -> {
				TrustInputs stored = inputs(rs, rs.getInt("reference_year"));
				return stored.withClaimState(rs.getBoolean("live_claimed"), rs.getInt("live_level"),
						rs.getBoolean("live_orcid_confirmed"), rs.getBoolean("live_email_verified"),
						rs.getBoolean("live_reviewed"), rs.getInt("live_disputes"));
			})
			.optional();
	}

	private static TrustInputs inputs(ResultSet rs, int referenceYear) throws SQLException {
		return new TrustInputs(rs.getBoolean("claimed"), rs.getInt("verification_level"),
				rs.getBoolean("orcid_confirmed"), rs.getBoolean("institution_email_verified"),
				rs.getBoolean("reviewed"), rs.getInt("open_disputes"), rs.getBoolean("has_orcid"),
				rs.getBoolean("has_openalex_id"), Affiliation.valueOf(rs.getString("affiliation")),
				(Integer) rs.getObject("affiliation_last_year", Integer.class), rs.getString("institution_name"),
				rs.getInt("works_count"), rs.getInt("works_with_doi"), rs.getInt("coauthors"),
				rs.getInt("verified_coauthors"), rs.getInt("identified_coauthors"),
				(Integer) rs.getObject("first_publication_year", Integer.class), referenceYear);
	}

}
