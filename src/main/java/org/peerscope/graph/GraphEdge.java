package org.peerscope.graph;

/**
 * An edge of a graph slice between two of its nodes. Field names are a public contract.
 *
 * @param kind {@code coauthorship} (weight: shared works), {@code authored},
 * {@code work-topic} (weight: the topic's score), {@code researcher-topic} (weight: share
 * of the researcher's works), {@code affiliation} (with years), {@code cites} (source
 * cites target), {@code related}, {@code institution-work} (weight: the work's authors at
 * the institution) or {@code institution-topic} (weight: works)
 * @param firstYear for affiliations, the first year, when known
 * @param lastYear for affiliations, the last year; null when current or unknown
 */
public record GraphEdge(String id, String source, String target, String kind, double weight, Integer firstYear,
		Integer lastYear) {

}
