package org.peerscope.graph;

import java.util.List;

/**
 * A record in context: the focus, its top neighbours of each kind (and at depth 2
 * theirs), and the edges among all of them.
 *
 * @param focus the focus node's id
 * @param limit neighbours of each kind around the focus
 * @param cap the most nodes any slice may have
 * @param truncated whether nodes were left out to stay within the cap
 */
public record GraphSlice(String focus, int depth, int limit, int cap, boolean truncated, List<GraphNode> nodes,
		List<GraphEdge> edges) {

	public GraphSlice {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** The focus node. */
	public GraphNode focusNode() {
		return this.nodes.stream().filter((node) -> node.id().equals(this.focus)).findFirst().orElseThrow();
	}

	/** The focus's direct neighbours of one kind, strongest first. */
	public List<GraphNode> neighbours(String kind) {
		return this.nodes.stream().filter((node) -> node.depth() == 1 && node.kind().equals(kind)).toList();
	}

}
