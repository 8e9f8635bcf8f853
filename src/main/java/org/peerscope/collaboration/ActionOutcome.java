package org.peerscope.collaboration;

/** What became of an answer to an invitation, a message, an archive or a report. */
enum ActionOutcome {

	DONE,
	/** Already done (the same message again, a second report): nothing changed. */
	UNCHANGED,
	/** Answered already, by this or a parallel request. */
	NOT_PENDING,
	/** The other participant deleted their account: the thread is read-only. */
	CLOSED,
	/** No such invitation or thread for this account. */
	NOT_FOUND

}
