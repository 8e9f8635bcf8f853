package org.peerscope.claim;

/**
 * An owner flagged a work "not me": the authorship waits for review and counts as an open
 * dispute in {@code researcher_verification} (trust and metrics may listen).
 */
public record AuthorshipDisputed(long researcherId, long workId) {

}
