package org.peerscope.follow;

/**
 * The follow button of a researcher page.
 *
 * @param signedIn whether the viewer is signed in (anonymous viewers get a link to log
 * in)
 * @param ownProfile the viewer owns (claimed) this researcher and cannot follow it
 */
public record FollowStatus(String researcherKey, long followerCount, boolean following, boolean signedIn,
		boolean ownProfile) {

	/**
	 * The button as an anonymous visitor sees it, from a follower count the page has read
	 * already.
	 */
	public static FollowStatus forAnonymousVisitor(String researcherKey, long followerCount) {
		return new FollowStatus(researcherKey, followerCount, false, false, false);
	}

}
