package org.peerscope.trust;

import java.util.List;

/**
 * A researcher's trust score with its breakdown, as the page and the API show it. The
 * signals' points always sum to the score.
 *
 * @param level the verification level, 0–3 (shown as L0–L3)
 */
public record TrustSnapshot(int score, TrustLabel label, int level, boolean claimed, List<Signal> signals) {

	public TrustSnapshot {
		signals = List.copyOf(signals);
	}

	/**
	 * One signal.
	 *
	 * @param name the signal's stable name (claimed, verificationLevel, orcid,
	 * affiliation, dois, coauthors, recordAge, openDisputes)
	 * @param maximum the most it can give (0 for a penalty)
	 * @param evidence why it gave these points, in words
	 */
	public record Signal(String name, int points, int maximum, String evidence) {

	}

}
