package org.peerscope.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How big a graph slice may get ({@code peerscope.graph.*}).
 *
 * @param defaultLimit neighbours of each kind when the request names no limit
 * @param maxLimit the largest {@code limit} a request may ask for; larger is a 400
 * @param maxNodes the cap: no slice, at any depth, has more nodes than this
 * @param depthTwoPerNode at depth 2, how many further neighbours each neighbour adds
 * @param keptNeighbours how many top neighbours of each kind are precomputed per topic
 * and institution (at least {@code maxLimit})
 */
@ConfigurationProperties("peerscope.graph")
record GraphProperties(@DefaultValue("10") int defaultLimit, @DefaultValue("50") int maxLimit,
		@DefaultValue("250") int maxNodes, @DefaultValue("4") int depthTwoPerNode,
		@DefaultValue("50") int keptNeighbours) {

	GraphProperties {
		if (defaultLimit < 1 || maxLimit < defaultLimit || maxNodes < 1 + 4 * maxLimit || depthTwoPerNode < 0
				|| keptNeighbours < maxLimit) {
			throw new IllegalArgumentException("Inconsistent peerscope.graph settings: need 1 <= default-limit"
					+ " <= max-limit, max-nodes >= 1 + 4 * max-limit, kept-neighbours >= max-limit");
		}
	}

}
