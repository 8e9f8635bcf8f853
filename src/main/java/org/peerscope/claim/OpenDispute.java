package org.peerscope.claim;

import java.time.Instant;

/** A "not me" flag waiting for an administrator. */
public record OpenDispute(long researcherId, String researcherKey, String researcherName, long workId, String workKey,
		String workTitle, String flaggedBy, Instant flaggedAt) {

}
