package org.peerscope.follow;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Follows, in SQL: a follow is one row under a primary key, written with
 * {@code on conflict do nothing}, and counts are counted from the rows, so concurrent
 * follows and unfollows leave an exact count without locks.
 */
@Repository
class FollowStore {

	private final JdbcClient jdbc;

	FollowStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean follow(long accountId, long researcherId) {
		return this.jdbc.sql("insert into follows (account_id, researcher_id) values (?, ?) on conflict do nothing")
			.params(accountId, researcherId)
			.update() == 1;
	}

	boolean unfollow(long accountId, long researcherId) {
		return this.jdbc.sql("delete from follows where account_id = ? and researcher_id = ?")
			.params(accountId, researcherId)
			.update() == 1;
	}

	long followers(long researcherId) {
		return this.jdbc.sql("select count(*) from follows where researcher_id = ?")
			.param(researcherId)
			.query(Long.class)
			.single();
	}

	/** Follower count and whether the account follows, in one statement. */
	FollowStatus status(long researcherId, String researcherKey, Long accountId, boolean own) {
		return this.jdbc.sql("""
				select count(*) as followers, coalesce(bool_or(account_id = :account), false) as following
				from follows where researcher_id = :researcher
				""")
			.param("researcher", researcherId)
			.param("account", accountId)
			.query((rs, n) -> new FollowStatus(researcherKey, rs.getLong("followers"), rs.getBoolean("following"),
					accountId != null, own))
			.single();
	}

	long followingCount(long accountId) {
		return this.jdbc.sql("select count(*) from follows where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	List<FollowedResearcher> following(long accountId, long offset, int limit) {
		return this.jdbc.sql("""
				select r.public_key, r.display_name, i.display_name as affiliation, f.created_at,
				       (select count(*) from follows f2 where f2.researcher_id = r.id) as followers
				from follows f
				join researchers r on r.id = f.researcher_id
				left join institutions i on i.id = r.last_known_institution_id
				where f.account_id = ?
				order by f.created_at desc, r.id desc
				offset ? limit ?
				""")
			.params(accountId, offset, limit)
			.query((rs, n) -> new FollowedResearcher(rs.getString("public_key"), rs.getString("display_name"),
					rs.getString("affiliation"), rs.getLong("followers"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	long feedCount(long accountId) {
		return this.jdbc.sql("""
				select count(distinct a.work_id) from follows f
				join authorships a on a.researcher_id = f.researcher_id
				where f.account_id = ?
				""").param(accountId).query(Long.class).single();
	}

	/** Works by the researchers the account follows, newest first. */
	List<FeedItem> feed(long accountId, long offset, int limit) {
		return this.jdbc.sql("""
				select w.public_key, w.title, w.work_type, w.publication_date, w.publication_year, w.doi,
				       coalesce(s.display_name, w.venue_name) as venue,
				       array_agg(r.public_key order by a.author_order) as author_keys,
				       array_agg(r.display_name order by a.author_order) as author_names
				from follows f
				join authorships a on a.researcher_id = f.researcher_id
				join works w on w.id = a.work_id
				join researchers r on r.id = f.researcher_id
				left join sources s on s.id = w.source_id
				where f.account_id = ?
				group by w.id, s.display_name
				order by w.publication_year desc nulls last, w.publication_date desc nulls last, w.id desc
				offset ? limit ?
				""").params(accountId, offset, limit).query((rs, n) -> {
			LocalDate date = rs.getObject("publication_date", LocalDate.class);
			return new FeedItem(rs.getString("public_key"), rs.getString("title"), rs.getString("work_type"), date,
					(Integer) rs.getObject("publication_year", Integer.class), rs.getString("venue"),
					rs.getString("doi"), authors(rs.getArray("author_keys"), rs.getArray("author_names")));
		}).list();
	}

	private static List<FeedItem.Author> authors(Array keys, Array names) throws SQLException {
		String[] k = (String[]) keys.getArray();
		String[] v = (String[]) names.getArray();
		List<FeedItem.Author> authors = new ArrayList<>(k.length);
		for (int i = 0; i < k.length; i++) {
			authors.add(new FeedItem.Author(k[i], v[i]));
		}
		return authors;
	}

}
