package org.peerscope.claim;

/** How a claim was (or will be) decided. */
public enum ClaimRoute {

	/** The account's verified email is at one of the researcher's institutions. */
	INSTITUTION_EMAIL,
	/** The account proved, by ORCID sign-in, the ORCID iD the record carries. */
	ORCID,
	/** An administrator decides. */
	REVIEW

}
