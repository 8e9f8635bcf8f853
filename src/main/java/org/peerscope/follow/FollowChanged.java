package org.peerscope.follow;

/**
 * Someone followed or unfollowed a researcher: the follower count on their page changed.
 * Published inside the transaction; listeners that show the count act after it commits.
 */
public record FollowChanged(long researcherId) {

}
