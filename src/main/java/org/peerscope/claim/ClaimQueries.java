package org.peerscope.claim;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClaimQueries {

	private final JdbcClient jdbc;

	ClaimQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The researcher's verification row and the viewer's own active claim, in one
	 * statement.
	 */
	PanelRow panel(long researcherId, Long accountId) {
		return this.jdbc.sql("""
				select v.claimed, v.verification_level, owner.account_id as owner_id,
				       mine.researcher_id as my_researcher_id, mine.status as my_status
				from researcher_verification v
				left join claims owner on owner.researcher_id = v.researcher_id and owner.status = 'APPROVED'
				left join claims mine on mine.account_id = :account and mine.status in ('PENDING', 'APPROVED')
				where v.researcher_id = :researcher
				""")
			.param("researcher", researcherId)
			.param("account", accountId)
			.query((rs, n) -> new PanelRow(rs.getBoolean("claimed"), rs.getInt("verification_level"),
					(Long) rs.getObject("owner_id", Long.class), (Long) rs.getObject("my_researcher_id", Long.class),
					rs.getString("my_status")))
			.optional()
			.orElse(new PanelRow(false, 0, null, null, null));
	}

	boolean claimed(long researcherId) {
		return this.jdbc.sql("select exists (select 1 from claims where researcher_id = ? and status = 'APPROVED')")
			.param(researcherId)
			.query(Boolean.class)
			.single();
	}

	Optional<Long> ownedResearcher(long accountId) {
		return this.jdbc.sql("select researcher_id from claims where account_id = ? and status = 'APPROVED'")
			.param(accountId)
			.query(Long.class)
			.optional();
	}

	Optional<String> researcherName(long researcherId) {
		return this.jdbc.sql("select display_name from researchers where id = ?")
			.param(researcherId)
			.query(String.class)
			.optional();
	}

	Optional<String> orcidOf(long researcherId) {
		return this.jdbc.sql("select orcid from researchers where id = ?")
			.param(researcherId)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.single();
	}

	/**
	 * Whether the email domain is (a subdomain of) a domain of one of the researcher's
	 * institutions.
	 */
	boolean domainOfInstitution(long researcherId, String emailDomain) {
		return this.jdbc.sql("""
				select exists (
				    select 1 from institutions i
				    where i.homepage_domain is not null
				      and (i.id in (select institution_id from researcher_affiliations where researcher_id = :r)
				           or i.id = (select last_known_institution_id from researchers where id = :r))
				      and (:domain = regexp_replace(i.homepage_domain, '^www\\.', '')
				           or right(:domain, length(regexp_replace(i.homepage_domain, '^www\\.', '')) + 1)
				              = '.' || regexp_replace(i.homepage_domain, '^www\\.', '')))
				""").param("r", researcherId).param("domain", emailDomain).query(Boolean.class).single();
	}

	/** The account's latest claim, whatever its state. */
	Optional<ClaimStatusView> latestOf(long accountId) {
		return this.jdbc.sql("""
				select c.id, r.public_key, r.display_name, c.status, c.route, c.level, c.decision_reason,
				       c.created_at, c.decided_at
				from claims c join researchers r on r.id = c.researcher_id
				where c.account_id = ?
				order by c.id desc limit 1
				""")
			.param(accountId)
			.query((rs, n) -> new ClaimStatusView(rs.getLong("id"), rs.getString("public_key"),
					rs.getString("display_name"), ClaimStatus.valueOf(rs.getString("status")),
					ClaimRoute.valueOf(rs.getString("route")), (Integer) rs.getObject("level", Integer.class),
					rs.getString("decision_reason"), instant(rs.getTimestamp("created_at")),
					instant(rs.getTimestamp("decided_at"))))
			.optional();
	}

	List<PendingClaim> pending(int limit) {
		return this.jdbc.sql("""
				select c.id, r.public_key, r.display_name as researcher_name, r.orcid, a.display_name as claimant,
				       a.email, a.email_verified_at is not null as verified, c.evidence_orcid, c.evidence_email,
				       c.statement, c.created_at
				from claims c
				join researchers r on r.id = c.researcher_id
				join accounts a on a.id = c.account_id
				where c.status = 'PENDING'
				order by c.created_at, c.id
				limit ?
				""")
			.param(limit)
			.query((rs, n) -> new PendingClaim(rs.getLong("id"), rs.getString("public_key"),
					rs.getString("researcher_name"), rs.getString("orcid"), rs.getString("claimant"),
					rs.getString("email"), rs.getBoolean("verified"), rs.getString("evidence_orcid"),
					rs.getString("evidence_email"), rs.getString("statement"), instant(rs.getTimestamp("created_at"))))
			.list();
	}

	List<ApprovedClaim> approved(int limit) {
		return this.jdbc.sql("""
				select c.id, r.public_key, r.display_name as researcher_name, a.display_name as claimant, a.email,
				       c.level, c.route, c.decided_at
				from claims c
				join researchers r on r.id = c.researcher_id
				join accounts a on a.id = c.account_id
				where c.status = 'APPROVED'
				order by c.decided_at desc nulls last, c.id desc
				limit ?
				""")
			.param(limit)
			.query((rs, n) -> new ApprovedClaim(rs.getLong("id"), rs.getString("public_key"),
					rs.getString("researcher_name"), rs.getString("claimant"), rs.getString("email"),
					rs.getInt("level"), ClaimRoute.valueOf(rs.getString("route")),
					instant(rs.getTimestamp("decided_at"))))
			.list();
	}

	List<ClaimEventView> history(long researcherId) {
		return this.jdbc.sql("""
				select e.claim_id, e.event, coalesce(a.display_name, '—') as actor, e.detail, e.created_at
				from claim_events e
				join claims c on c.id = e.claim_id
				left join accounts a on a.id = e.actor_id
				where c.researcher_id = ?
				order by e.id
				""")
			.param(researcherId)
			.query((rs, n) -> new ClaimEventView(rs.getLong("claim_id"), rs.getString("event"), rs.getString("actor"),
					rs.getString("detail"), instant(rs.getTimestamp("created_at"))))
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	record PanelRow(boolean claimed, int level, Long ownerId, Long myResearcherId, String myStatus) {

	}

}
