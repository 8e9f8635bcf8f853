package org.peerscope.researcher;

/**
 * A researcher in a list.
 */
public record ResearcherSummary(String key, String displayName, String affiliation, int worksCount, long citedByCount,
		int hIndex, boolean openToCollaborate) {

}
