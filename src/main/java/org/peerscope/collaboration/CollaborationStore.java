package org.peerscope.collaboration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes around invitations and messages: threads and their participants, read marks,
 * archive, blocks, reports, suspensions and their lifting, and the daily mail counter.
 * Each is one atomic statement, so concurrent requests never lose an update.
 */
@Repository
class CollaborationStore {

	/** The advisory-lock namespace of "an account sends an invitation". */
	private static final int SENDER_LOCK = 7_100;

	private final JdbcClient jdbc;

	CollaborationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serialises the invitations of one sender until the transaction ends, so that
	 * parallel sends cannot both pass the daily limit.
	 */
	void lockSender(long accountId) {
		this.jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(SENDER_LOCK, (int) accountId).query().listOfRows();
	}

	void point(long invitationId, Collection<Long> topicIds, Collection<Long> workIds) {
		for (long topic : topicIds) {
			this.jdbc.sql("insert into collaboration_invitation_topics (invitation_id, topic_id) values (?, ?)")
				.params(invitationId, topic)
				.update();
		}
		for (long work : workIds) {
			this.jdbc.sql("insert into collaboration_invitation_works (invitation_id, work_id) values (?, ?)")
				.params(invitationId, work)
				.update();
		}
	}

	long openThread(long invitationId, long senderId, long recipientId) {
		long thread = this.jdbc.sql("insert into collaboration_threads (invitation_id) values (?) returning id")
			.param(invitationId)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into collaboration_participants (thread_id, account_id) values (?, ?), (?, ?)")
			.params(thread, senderId, thread, recipientId)
			.update();
		return thread;
	}

	void markRead(long threadId, long accountId, long messageId) {
		this.jdbc.sql("""
				update collaboration_participants set last_read_message = greatest(last_read_message, ?)
				where thread_id = ? and account_id = ? and last_read_message < ?
				""").params(messageId, threadId, accountId, messageId).update();
	}

	/** False when the account takes no part in the thread. */
	boolean archive(long threadId, long accountId, boolean archived) {
		return this.jdbc.sql("""
				update collaboration_participants set archived_at = case when ? then coalesce(archived_at, now()) end
				where thread_id = ? and account_id = ?
				""").params(archived, threadId, accountId).update() == 1;
	}

	/** A new message brings an archived thread back to the other participant's inbox. */
	void unarchiveForOthers(long threadId, long authorId) {
		this.jdbc.sql("""
				update collaboration_participants set archived_at = null
				where thread_id = ? and account_id <> ? and archived_at is not null
				""").params(threadId, authorId).update();
	}

	void block(long blockerId, long blockedId) {
		this.jdbc.sql("insert into collaboration_blocks (blocker_id, blocked_id) values (?, ?) on conflict do nothing")
			.params(blockerId, blockedId)
			.update();
	}

	boolean unblock(long blockerId, long blockedId) {
		return this.jdbc.sql("delete from collaboration_blocks where blocker_id = ? and blocked_id = ?")
			.params(blockerId, blockedId)
			.update() == 1;
	}

	/** False when this account reported the invitation already. */
	boolean report(long invitationId, long reporterId, String reason) {
		return this.jdbc.sql("""
				insert into collaboration_reports (invitation_id, reporter_id, reason) values (?, ?, ?)
				on conflict (invitation_id, reporter_id) do nothing
				""").params(invitationId, reporterId, reason).update() == 1;
	}

	/** Closes an open report; the reported invitation's sender, when it was open. */
	Optional<ResolvedReport> resolveReport(long reportId, long adminId, boolean acted) {
		return this.jdbc.sql("""
				update collaboration_reports x set status = ?, resolved_by = ?, resolved_at = now()
				from collaboration_invitations i
				where x.id = ? and x.status = 'OPEN' and i.id = x.invitation_id
				returning i.id, i.sender_id
				""")
			.params(acted ? "ACTED" : "DISMISSED", adminId, reportId)
			.query((rs, n) -> new ResolvedReport(rs.getLong(1), rs.getObject(2, Long.class)))
			.optional();
	}

	void suspend(long accountId, long reportId) {
		this.jdbc.sql("""
				insert into collaboration_suspensions (account_id, report_id) values (?, ?)
				on conflict (account_id) do nothing
				""").params(accountId, reportId).update();
	}

	/**
	 * Ends the account's suspension and keeps it, with who lifted it, in the record of
	 * lifted suspensions; false when the account was not suspended.
	 */
	boolean lift(long accountId, long adminId) {
		return this.jdbc.sql("""
				with lifted as (
				    delete from collaboration_suspensions where account_id = ?
				    returning account_id, report_id, created_at)
				insert into collaboration_suspension_lifts (account_id, report_id, suspended_at, lifted_by)
				select account_id, report_id, created_at, ? from lifted
				""").params(accountId, adminId).update() == 1;
	}

	/**
	 * Counts one more collaboration mail to the account today; false when the daily cap
	 * was reached (and nothing is counted).
	 */
	boolean countMail(long accountId, LocalDate day, int cap) {
		if (cap <= 0) {
			return false;
		}
		return this.jdbc.sql("""
				insert into collaboration_mail_counts (account_id, day, sent) values (?, ?, 1)
				on conflict (account_id, day) do update set sent = collaboration_mail_counts.sent + 1
				where collaboration_mail_counts.sent < ?
				returning sent
				""").params(accountId, day, cap).query(Integer.class).optional().isPresent();
	}

	/**
	 * Pending invitations from or to a deleted account can never be answered: they go.
	 * Answered ones stay, so the other side keeps its threads.
	 */
	void dropPendingOf(long accountId) {
		this.jdbc.sql("""
				delete from collaboration_invitations
				where status = 'PENDING' and (sender_id = ? or recipient_id = ?)
				""").params(accountId, accountId).update();
	}

	record ResolvedReport(long invitationId, Long senderId) {

	}

}
