package org.peerscope.collaboration;

/**
 * What became of an answer to an invitation, a message, an archive, a report or a
 * withdrawal.
 */
enum ActionOutcome {

	DONE,
	/** Already done (the same message again, a second report): nothing changed. */
	UNCHANGED,
	/** Answered already, by this or a parallel request. */
	NOT_PENDING,
	/** The sender withdrew the invitation: nobody can answer or withdraw it any more. */
	WITHDRAWN,
	/** The other participant deleted their account: the thread is read-only. */
	CLOSED,
	/** No such invitation or thread for this account. */
	NOT_FOUND

}
