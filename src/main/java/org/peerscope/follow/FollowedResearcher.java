package org.peerscope.follow;

import java.time.Instant;

public record FollowedResearcher(String key, String displayName, String affiliation, long followerCount,
		Instant followedAt) {

}
