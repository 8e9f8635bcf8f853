package org.peerscope.graph;

/**
 * A node of a graph slice: a researcher, work, topic or institution. Field names are a
 * public contract ({@code GET /api/graph/…}).
 *
 * @param id the node's id in the slice: the record's public key (keys of different kinds
 * never collide)
 * @param kind {@code researcher}, {@code work}, {@code topic} or {@code institution}
 * @param weight how strongly the node is tied to the node that brought it into the slice
 * (shared works, share of works, citations, …); the focus has weight 1
 * @param depth 0 for the focus, 1 for its neighbours, 2 for theirs
 * @param url the record's page
 * @param sliceUrl the API address of the node's own slice
 * @param year a work's publication year, otherwise null
 * @param worksCount the researcher's works (or the researcher's works in a topic), when
 * known
 * @param citedByCount citations of the researcher or the work, when known
 */
public record GraphNode(String id, String kind, String key, String label, double weight, int depth, String url,
		String sliceUrl, Integer year, Integer worksCount, Long citedByCount) {

}
