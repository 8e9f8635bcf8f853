package org.peerscope.claim;

/**
 * The owner of a claimed profile changed what it shows (open to collaborate, bio, links,
 * pinned works). Published inside the transaction; listeners act after it commits.
 */
public record OwnerProfileChanged(long researcherId) {

}
