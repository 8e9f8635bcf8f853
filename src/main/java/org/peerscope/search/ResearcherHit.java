package org.peerscope.search;

/**
 * A researcher found by name, with what tells namesakes apart.
 *
 * @param affiliation the last known institution, or null
 */
public record ResearcherHit(String key, String displayName, String affiliation, int worksCount, long citedByCount) {

}
