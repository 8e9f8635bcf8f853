package org.peerscope.claim;

/**
 * An administrator accepted or dismissed a "not me" flag: the dispute is no longer open
 * (trust listens; an accepted one also changes the catalogue, announced separately).
 */
public record DisputeResolved(long researcherId, long workId, boolean accepted) {

}
