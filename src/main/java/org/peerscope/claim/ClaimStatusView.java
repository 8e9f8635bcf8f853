package org.peerscope.claim;

import java.time.Instant;

/** A claim as its claimant sees it on the account page. */
public record ClaimStatusView(long id, String researcherKey, String researcherName, ClaimStatus status,
		ClaimRoute route, Integer level, String reason, Instant createdAt, Instant decidedAt) {

}
