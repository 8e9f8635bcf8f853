package org.peerscope.claim;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The owner's own words about a claimed profile, pinned works and "not me" flags. */
@Repository
class OwnerStore {

	private final JdbcClient jdbc;

	OwnerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OwnerProfile> load(long researcherId) {
		return this.jdbc.sql("""
				select r.id, r.public_key, r.display_name, r.open_to_collaborate, o.bio, o.homepage_url, o.orcid_url,
				       array(select w.public_key from researcher_pinned_works p join works w on w.id = p.work_id
				             where p.researcher_id = r.id order by p.position) as pinned,
				       array(select w.public_key from authorship_disputes d join works w on w.id = d.work_id
				             where d.researcher_id = r.id and d.status = 'OPEN') as disputed
				from researchers r
				left join researcher_owner_profiles o on o.researcher_id = r.id
				where r.id = ?
				""")
			.param(researcherId)
			.query((rs, n) -> new OwnerProfile(rs.getLong("id"), rs.getString("public_key"),
					rs.getString("display_name"), rs.getBoolean("open_to_collaborate"), rs.getString("bio"),
					rs.getString("homepage_url"), rs.getString("orcid_url"), strings(rs.getArray("pinned")),
					new HashSet<>(strings(rs.getArray("disputed")))))
			.optional();
	}

	void save(long researcherId, OwnerProfileForm form) {
		this.jdbc.sql("""
				insert into researcher_owner_profiles (researcher_id, bio, homepage_url, orcid_url, updated_at)
				values (?, ?, ?, ?, now())
				on conflict (researcher_id) do update
				set bio = excluded.bio, homepage_url = excluded.homepage_url, orcid_url = excluded.orcid_url,
				    updated_at = now()
				""").params(researcherId, form.bioOrNull(), form.homepageOrNull(), form.orcidUrlOrNull()).update();
		this.jdbc.sql("update researchers set open_to_collaborate = ?, updated_at = now() where id = ?")
			.params(form.open(), researcherId)
			.update();
	}

	/** The id of a work the researcher is an author of, by its key. */
	Optional<Long> authoredWork(long researcherId, String workKey) {
		return this.jdbc.sql("""
				select w.id from works w
				where (w.public_key = :key or w.openalex_id = :key)
				  and exists (select 1 from authorships a where a.work_id = w.id and a.researcher_id = :researcher)
				""").param("key", workKey).param("researcher", researcherId).query(Long.class).optional();
	}

	/**
	 * Pins at the first free position; false when the list is full or the work is pinned
	 * already.
	 */
	boolean pin(long researcherId, long workId, int max) {
		return this.jdbc
			.sql("""
					insert into researcher_pinned_works (researcher_id, work_id, position)
					select :researcher, :work, free.p
					from (select min(g) as p from generate_series(1, :max) g
					      where g not in (select position from researcher_pinned_works where researcher_id = :researcher)) free
					where free.p is not null
					on conflict do nothing
					""")
			.param("researcher", researcherId)
			.param("work", workId)
			.param("max", max)
			.update() == 1;
	}

	void unpin(long researcherId, long workId) {
		this.jdbc.sql("delete from researcher_pinned_works where researcher_id = ? and work_id = ?")
			.params(researcherId, workId)
			.update();
	}

	boolean dispute(long researcherId, long workId, long accountId) {
		return this.jdbc.sql("""
				insert into authorship_disputes (work_id, researcher_id, account_id) values (?, ?, ?)
				on conflict (work_id, researcher_id) do update set status = 'OPEN', account_id = excluded.account_id,
				    created_at = now()
				where authorship_disputes.status <> 'OPEN'
				""").params(workId, researcherId, accountId).update() == 1;
	}

	List<OpenDispute> openDisputes(int limit) {
		return this.jdbc.sql("""
				select d.researcher_id, r.public_key as researcher_key, r.display_name, d.work_id,
				       w.public_key as work_key, w.title, coalesce(a.display_name, '—') as flagged_by, d.created_at
				from authorship_disputes d
				join researchers r on r.id = d.researcher_id
				join works w on w.id = d.work_id
				left join accounts a on a.id = d.account_id
				where d.status = 'OPEN'
				order by d.created_at, d.work_id
				limit ?
				""")
			.param(limit)
			.query((rs, n) -> new OpenDispute(rs.getLong("researcher_id"), rs.getString("researcher_key"),
					rs.getString("display_name"), rs.getLong("work_id"), rs.getString("work_key"),
					rs.getString("title"), rs.getString("flagged_by"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * Closes an open dispute; when accepted, the work no longer counts as the
	 * researcher's.
	 */
	boolean resolve(long researcherId, long workId, boolean accept) {
		int closed = this.jdbc.sql(
				"update authorship_disputes set status = ? where researcher_id = ? and work_id = ? and status = 'OPEN'")
			.params(accept ? "ACCEPTED" : "DISMISSED", researcherId, workId)
			.update();
		if (closed == 1 && accept) {
			this.jdbc.sql("update authorships set researcher_id = null where work_id = ? and researcher_id = ?")
				.params(workId, researcherId)
				.update();
		}
		return closed == 1;
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
