package org.peerscope.collaboration;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.peerscope.collaboration.CollaborationViews.InvitationDetail;
import org.peerscope.collaboration.CollaborationViews.InvitationSummary;
import org.peerscope.collaboration.CollaborationViews.MessageView;
import org.peerscope.collaboration.CollaborationViews.Pointer;
import org.peerscope.collaboration.CollaborationViews.ReportView;
import org.peerscope.collaboration.CollaborationViews.SuspensionView;
import org.peerscope.collaboration.CollaborationViews.ThreadPage;
import org.peerscope.collaboration.CollaborationViews.ThreadSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reads of the collaboration pages: one statement per block of a page. */
@Repository
class CollaborationQueries {

	private final JdbcClient jdbc;

	CollaborationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The facts the invitation rules need about a signed-in viewer and a researcher. The
	 * owner is the account with the approved claim of the record.
	 */
	Optional<InviteFacts> facts(long researcherId, long viewerId, Instant since) {
		return this.jdbc.sql("""
				select r.id, r.public_key, r.display_name, r.open_to_collaborate,
				       owner.account_id as owner_id, mine.researcher_id as my_researcher_id,
				       exists (select 1 from collaboration_suspensions s where s.account_id = :viewer) as suspended,
				       exists (select 1 from collaboration_blocks b
				               where b.blocker_id = owner.account_id and b.blocked_id = :viewer) as blocked,
				       p.id as pending_id, coalesce(p.sender_id = :viewer, false) as pending_sent,
				       (select max(d.decided_at) from collaboration_invitations d
				        where d.sender_id = :viewer and d.recipient_id = owner.account_id
				          and d.status = 'DECLINED') as last_declined,
				       (select count(*) from collaboration_invitations s
				        where s.sender_id = :viewer and s.created_at > :since) as sent_last_day
				from researchers r
				left join claims owner on owner.researcher_id = r.id and owner.status = 'APPROVED'
				left join claims mine on mine.account_id = :viewer and mine.status = 'APPROVED'
				left join lateral (
				    select i.id, i.sender_id from collaboration_invitations i
				    where i.status = 'PENDING'
				      and least(i.sender_id, i.recipient_id) = least(:viewer, owner.account_id)
				      and greatest(i.sender_id, i.recipient_id) = greatest(:viewer, owner.account_id)) p on true
				where r.id = :researcher
				""")
			.param("researcher", researcherId)
			.param("viewer", viewerId)
			.param("since", Timestamp.from(since))
			.query((rs, n) -> new InviteFacts(rs.getLong("id"), rs.getString("public_key"),
					rs.getString("display_name"), rs.getBoolean("open_to_collaborate"),
					rs.getObject("owner_id", Long.class), rs.getObject("my_researcher_id", Long.class),
					rs.getBoolean("suspended"), rs.getBoolean("blocked"), rs.getObject("pending_id", Long.class),
					rs.getBoolean("pending_sent"), instant(rs.getTimestamp("last_declined")),
					rs.getInt("sent_last_day")))
			.optional();
	}

	/**
	 * The topics (those the viewer's profile shares first) and the most cited works of a
	 * researcher, which an invitation may point at.
	 */
	List<Option> topicOptions(long researcherId, Long viewerResearcherId, int limit) {
		return this.jdbc.sql("""
				select t.id, t.public_key, t.display_name
				from researcher_topics rt join topics t on t.id = rt.topic_id
				where rt.researcher_id = :researcher
				order by exists (select 1 from researcher_topics m
				                 where m.researcher_id = :viewer and m.topic_id = rt.topic_id) desc,
				         rt.work_count desc, t.id
				limit :limit
				""")
			.param("researcher", researcherId)
			.param("viewer", (viewerResearcherId != null) ? viewerResearcherId : -1L)
			.param("limit", limit)
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	List<Option> workOptions(long researcherId, int limit) {
		return this.jdbc.sql("""
				select w.id, w.public_key, w.title
				from works w
				where w.id in (select a.work_id from authorships a where a.researcher_id = :researcher)
				order by w.cited_by_count desc, w.id desc
				limit :limit
				""")
			.param("researcher", researcherId)
			.param("limit", limit)
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Pending invitations to the account and the latest it sent, in one statement. */
	List<InboxRow> invitations(long accountId, int limit) {
		return this.jdbc.sql("""
				(select true as incoming, i.id, i.subject, a.display_name as other_name, r.public_key as other_key,
				        i.status, i.created_at, t.id as thread_id
				 from collaboration_invitations i
				 left join accounts a on a.id = i.sender_id
				 left join researchers r on r.id = i.sender_researcher_id
				 left join collaboration_threads t on t.invitation_id = i.id
				 where i.recipient_id = :me and i.status = 'PENDING'
				 order by i.created_at desc, i.id desc limit :limit)
				union all
				(select false, i.id, i.subject, a.display_name, r.public_key, i.status, i.created_at, t.id
				 from collaboration_invitations i
				 left join accounts a on a.id = i.recipient_id
				 left join researchers r on r.id = i.recipient_researcher_id
				 left join collaboration_threads t on t.invitation_id = i.id
				 where i.sender_id = :me
				 order by i.created_at desc, i.id desc limit :limit)
				""").param("me", accountId).param("limit", limit).query((rs, n) -> {
			String name = rs.getString("other_name");
			return new InboxRow(rs.getBoolean("incoming"),
					new InvitationSummary(rs.getLong("id"), rs.getString("subject"), name,
							(name != null) ? rs.getString("other_key") : null,
							InvitationStatus.valueOf(rs.getString("status")),
							rs.getObject("created_at", OffsetDateTime.class), rs.getObject("thread_id", Long.class)));
		}).list();
	}

	List<ThreadSummary> threads(long accountId, boolean archived, int limit) {
		return this.jdbc.sql(OTHER_PARTY + """
				select t.id, i.subject, o.other_name, o.other_key,
				       coalesce(last.created_at, t.created_at) as last_activity,
				       (select count(*) from collaboration_messages m
				        where m.thread_id = t.id and m.id > p.last_read_message
				          and m.author_id is distinct from :me) as unread,
				       p.archived_at is not null as archived
				from collaboration_participants p
				join collaboration_threads t on t.id = p.thread_id
				join other_party o on o.invitation_id = t.invitation_id
				join collaboration_invitations i on i.id = t.invitation_id
				left join lateral (select m.created_at from collaboration_messages m
				                   where m.thread_id = t.id order by m.id desc limit 1) last on true
				where p.account_id = :me and (p.archived_at is not null) = :archived
				order by last_activity desc, t.id desc
				limit :limit
				""").param("me", accountId).param("archived", archived).param("limit", limit).query((rs, n) -> {
			String name = rs.getString("other_name");
			return new ThreadSummary(rs.getLong("id"), rs.getString("subject"), name,
					(name != null) ? rs.getString("other_key") : null,
					rs.getObject("last_activity", OffsetDateTime.class), rs.getLong("unread"),
					rs.getBoolean("archived"));
		}).list();
	}

	/**
	 * For each invitation of the account: the other party's name (null once they deleted
	 * their account) and researcher key. Prefixed to the statements that need it.
	 */
	private static final String OTHER_PARTY = """
			with other_party as (
			    select i.id as invitation_id,
			           case when i.sender_id = :me then ra.display_name else sa.display_name end as other_name,
			           case when i.sender_id = :me then rr.public_key else sr.public_key end as other_key
			    from collaboration_invitations i
			    left join accounts sa on sa.id = i.sender_id
			    left join accounts ra on ra.id = i.recipient_id
			    left join researchers sr on sr.id = i.sender_researcher_id
			    left join researchers rr on rr.id = i.recipient_researcher_id
			    where i.sender_id = :me or i.recipient_id = :me)
			""";

	/** Pending invitations to the account plus unread messages in its threads. */
	long unread(long accountId) {
		return this.jdbc.sql("""
				select (select count(*) from collaboration_invitations
				        where recipient_id = :me and status = 'PENDING')
				     + (select count(*) from collaboration_participants p
				        join collaboration_messages m on m.thread_id = p.thread_id and m.id > p.last_read_message
				        where p.account_id = :me and m.author_id is distinct from :me)
				""").param("me", accountId).query(Long.class).single();
	}

	/** The invitation, when the account sent or received it. */
	Optional<InvitationDetail> invitation(long invitationId, long accountId) {
		return this.jdbc.sql("""
				select i.id, i.subject, i.message, i.status, i.decline_note, i.created_at, i.decided_at,
				       i.recipient_id = :me as incoming,
				       sa.display_name as sender_name, sr.public_key as sender_key,
				       ra.display_name as recipient_name, rr.public_key as recipient_key, t.id as thread_id,
				       exists (select 1 from collaboration_blocks b
				               where b.blocker_id = :me and b.blocked_id = i.sender_id) as sender_blocked,
				       exists (select 1 from collaboration_reports x
				               where x.invitation_id = i.id and x.reporter_id = :me) as reported,
				       array(select tp.public_key from collaboration_invitation_topics it
				             join topics tp on tp.id = it.topic_id where it.invitation_id = i.id
				             order by tp.display_name, tp.id) as topic_keys,
				       array(select tp.display_name from collaboration_invitation_topics it
				             join topics tp on tp.id = it.topic_id where it.invitation_id = i.id
				             order by tp.display_name, tp.id) as topic_names,
				       array(select w.public_key from collaboration_invitation_works iw
				             join works w on w.id = iw.work_id where iw.invitation_id = i.id
				             order by w.title, w.id) as work_keys,
				       array(select w.title from collaboration_invitation_works iw
				             join works w on w.id = iw.work_id where iw.invitation_id = i.id
				             order by w.title, w.id) as work_titles
				from collaboration_invitations i
				left join accounts sa on sa.id = i.sender_id
				left join accounts ra on ra.id = i.recipient_id
				left join researchers sr on sr.id = i.sender_researcher_id
				left join researchers rr on rr.id = i.recipient_researcher_id
				left join collaboration_threads t on t.invitation_id = i.id
				where i.id = :id and (i.sender_id = :me or i.recipient_id = :me)
				""").param("id", invitationId).param("me", accountId).query((rs, n) -> {
			String sender = rs.getString("sender_name");
			String recipient = rs.getString("recipient_name");
			return new InvitationDetail(rs.getLong("id"), rs.getString("subject"),
					Linkifier.segments(rs.getString("message")), sender,
					(sender != null) ? rs.getString("sender_key") : null, recipient,
					(recipient != null) ? rs.getString("recipient_key") : null,
					InvitationStatus.valueOf(rs.getString("status")), rs.getString("decline_note"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("decided_at", OffsetDateTime.class),
					rs.getObject("thread_id", Long.class), rs.getBoolean("incoming"), rs.getBoolean("sender_blocked"),
					rs.getBoolean("reported"), pointers(rs, "topic_keys", "topic_names"),
					pointers(rs, "work_keys", "work_titles"));
		}).optional();
	}

	/**
	 * The thread's head and the account's read mark, when the account takes part in it.
	 */
	Optional<ThreadHead> threadHead(long threadId, long accountId) {
		return this.jdbc.sql(OTHER_PARTY + """
				select t.id, i.id as invitation_id, i.subject, i.message, o.other_name, o.other_key,
				       p.archived_at is not null as archived, p.last_read_message
				from collaboration_participants p
				join collaboration_threads t on t.id = p.thread_id
				join collaboration_invitations i on i.id = t.invitation_id
				join other_party o on o.invitation_id = i.id
				where p.thread_id = :thread and p.account_id = :me
				""").param("thread", threadId).param("me", accountId).query((rs, n) -> {
			String name = rs.getString("other_name");
			return new ThreadHead(rs.getLong("id"), rs.getLong("invitation_id"), rs.getString("subject"),
					rs.getString("message"), name, (name != null) ? rs.getString("other_key") : null,
					rs.getBoolean("archived"), rs.getLong("last_read_message"));
		}).optional();
	}

	/**
	 * A page of a thread's messages, oldest first: the latest, or with {@code before}
	 * those older than that message. Keyset on the id along the (thread, id) index, so an
	 * old page costs what the latest does; one row more than the page says whether older
	 * ones remain.
	 */
	MessageSlice messages(long threadId, long accountId, long lastRead, Long before, int limit) {
		List<MessageView> newestFirst = this.jdbc.sql("""
				select m.id, m.author_id, a.display_name, m.body, m.created_at
				from collaboration_messages m
				left join accounts a on a.id = m.author_id
				where m.thread_id = :thread and m.id < :before
				order by m.id desc
				limit :limit
				""")
			.param("thread", threadId)
			.param("before", (before != null) ? before : Long.MAX_VALUE)
			.param("limit", limit + 1)
			.query((rs, n) -> {
				Long author = rs.getObject("author_id", Long.class);
				boolean mine = author != null && author == accountId;
				return new MessageView(rs.getLong("id"), rs.getString("display_name"), mine,
						Linkifier.segments(rs.getString("body")), rs.getObject("created_at", OffsetDateTime.class),
						!mine && rs.getLong("id") > lastRead);
			})
			.list();
		List<MessageView> oldestFirst = new ArrayList<>(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
		Collections.reverse(oldestFirst);
		return new MessageSlice(oldestFirst, newestFirst.size() > limit);
	}

	boolean participant(long threadId, long accountId) {
		return this.jdbc
			.sql("select exists (select 1 from collaboration_participants where thread_id = ? and account_id = ?)")
			.params(threadId, accountId)
			.query(Boolean.class)
			.single();
	}

	/** The other participant of a thread, when they still have an account. */
	Optional<Long> otherParticipant(long threadId, long accountId) {
		return this.jdbc
			.sql("select account_id from collaboration_participants where thread_id = ? and account_id <> ?")
			.params(threadId, accountId)
			.query(Long.class)
			.optional();
	}

	List<ReportView> reports(int limit) {
		return this.jdbc.sql("""
				select x.id, i.id as invitation_id, i.subject, i.message, sa.display_name as sender_name,
				       sa.email as sender_email, ra.display_name as reporter_name, x.reason, x.status, x.created_at,
				       exists (select 1 from collaboration_suspensions s where s.account_id = i.sender_id) as suspended
				from collaboration_reports x
				join collaboration_invitations i on i.id = x.invitation_id
				left join accounts sa on sa.id = i.sender_id
				left join accounts ra on ra.id = x.reporter_id
				order by (x.status = 'OPEN') desc, x.created_at desc, x.id desc
				limit ?
				""")
			.param(limit)
			.query((rs, n) -> new ReportView(rs.getLong("id"), rs.getLong("invitation_id"), rs.getString("subject"),
					rs.getString("message"), rs.getString("sender_name"), rs.getString("sender_email"),
					rs.getString("reporter_name"), rs.getString("reason"), rs.getString("status"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getBoolean("suspended")))
			.list();
	}

	/** The accounts suspended now, the latest first, with the invitation reported. */
	List<SuspensionView> suspensions(int limit) {
		return this.jdbc.sql("""
				select s.account_id, a.display_name, a.email, s.created_at, i.subject
				from collaboration_suspensions s
				join accounts a on a.id = s.account_id
				left join collaboration_reports x on x.id = s.report_id
				left join collaboration_invitations i on i.id = x.invitation_id
				order by s.created_at desc, s.account_id desc
				limit ?
				""")
			.param(limit)
			.query((rs, n) -> new SuspensionView(rs.getLong("account_id"), rs.getString("display_name"),
					rs.getString("email"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("subject")))
			.list();
	}

	private static List<Pointer> pointers(ResultSet rs, String keys, String titles) throws SQLException {
		String[] k = strings(rs.getArray(keys));
		String[] t = strings(rs.getArray(titles));
		List<Pointer> pointers = new ArrayList<>();
		for (int i = 0; i < k.length; i++) {
			pointers.add(new Pointer(k[i], t[i]));
		}
		return pointers;
	}

	private static String[] strings(Array array) throws SQLException {
		return (array != null) ? (String[]) array.getArray() : new String[0];
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A topic or work offered by the invitation form. */
	record Option(long id, String key, String title) {

	}

	record InboxRow(boolean incoming, InvitationSummary summary) {

	}

	/** Messages oldest first, and whether the thread has older ones. */
	record MessageSlice(List<MessageView> messages, boolean more) {

	}

	record ThreadHead(long id, long invitationId, String subject, String message, String otherName, String otherKey,
			boolean archived, long lastRead) {

	}

}
