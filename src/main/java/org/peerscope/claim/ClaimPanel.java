package org.peerscope.claim;

/**
 * The claim part of a researcher page.
 *
 * @param level the verification level (0–3) of the record
 */
public record ClaimPanel(String researcherKey, boolean claimed, int level, Viewer viewer) {

	/** Who is looking, as far as claiming goes. */
	public enum Viewer {

		/** Not signed in: "Log in to claim". */
		ANONYMOUS,
		/** Signed in, free to claim this record. */
		CAN_CLAIM,
		/** Signed in and the owner of this record. */
		OWNER,
		/** Signed in, with a claim on this record under review. */
		PENDING_HERE,
		/** Signed in, with a claim on another record (one each). */
		HAS_OTHER_CLAIM,
		/** Someone else owns this record. */
		OTHER_OWNER

	}

}
