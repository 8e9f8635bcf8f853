package org.peerscope.claim;

import java.time.Instant;

/** A claim waiting in the admin queue, with its evidence. */
public record PendingClaim(long id, String researcherKey, String researcherName, String researcherOrcid,
		String claimantName, String claimantEmail, boolean claimantVerified, String evidenceOrcid, String evidenceEmail,
		String statement, Instant createdAt) {

}
