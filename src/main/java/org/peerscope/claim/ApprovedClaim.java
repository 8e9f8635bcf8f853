package org.peerscope.claim;

import java.time.Instant;

public record ApprovedClaim(long id, String researcherKey, String researcherName, String claimantName,
		String claimantEmail, int level, ClaimRoute route, Instant decidedAt) {

}
