package org.peerscope.claim;

/** The result of a claim action; the controller turns it into a message. */
public enum ClaimOutcome {

	AUTO_APPROVED, PENDING, APPROVED, REJECTED, UNLINKED, TRANSFERRED,
	/** Somebody else owns the record (possibly since a moment ago). */
	ALREADY_CLAIMED,
	/** The account already has a pending or approved claim. */
	ALREADY_HAS_CLAIM, EMAIL_NOT_VERIFIED, NOT_FOUND,
	/** The claim was decided by someone else in the meantime. */
	NOT_PENDING, UNKNOWN_ACCOUNT

}
