package org.peerscope.claim;

/**
 * Published after a claim is approved, rejected, unlinked or transferred (after commit
 * for listeners using {@code @TransactionalEventListener}). The single place where
 * derived figures that depend on claims (trust) hook in.
 */
public record ClaimDecided(long claimId, long researcherId, ClaimStatus status) {

}
