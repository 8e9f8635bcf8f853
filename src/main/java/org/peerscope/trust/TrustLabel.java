package org.peerscope.trust;

/**
 * The label shown next to a trust score, by score alone: an unclaimed record can reach at
 * most {@link TrustRules#UNCLAIMED_MAXIMUM} points, so Verified and Trusted need a claim.
 */
public enum TrustLabel {

	UNVERIFIED(0, "Unverified"), EMERGING(35, "Emerging"), VERIFIED(70, "Verified"), TRUSTED(85, "Trusted");

	private final int minimumScore;

	private final String displayName;

	TrustLabel(int minimumScore, String displayName) {
		this.minimumScore = minimumScore;
		this.displayName = displayName;
	}

	/** The lowest score that earns this label. */
	public int minimumScore() {
		return this.minimumScore;
	}

	/** The label as the API returns it (Unverified, Emerging, Verified, Trusted). */
	public String displayName() {
		return this.displayName;
	}

	public static TrustLabel forScore(int score) {
		TrustLabel label = UNVERIFIED;
		for (TrustLabel candidate : values()) {
			if (score >= candidate.minimumScore) {
				label = candidate;
			}
		}
		return label;
	}

}
