package org.peerscope.follow;

public enum FollowOutcome {

	FOLLOWED, ALREADY_FOLLOWING, UNFOLLOWED, NOT_FOLLOWING, OWN_PROFILE, NOT_FOUND

}
