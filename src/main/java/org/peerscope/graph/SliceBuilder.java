package org.peerscope.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerscope.common.CatalogKind;

/**
 * Collects the nodes of one slice in order of importance (focus, its neighbours, theirs)
 * up to the cap, then turns them and the edges among them into a {@link GraphSlice}.
 */
final class SliceBuilder {

	private final NodeRow focus;

	private final int depth;

	private final int limit;

	private final int cap;

	private final Map<String, Entry> nodes = new LinkedHashMap<>();

	private final Map<String, GraphEdge> edges = new LinkedHashMap<>();

	private boolean truncated;

	SliceBuilder(NodeRow focus, int depth, int limit, int cap) {
		this.focus = focus;
		this.depth = depth;
		this.limit = limit;
		this.cap = cap;
		add(new NodeRow(focus.kind(), focus.id(), focus.key(), focus.label(), 1, focus.year(), focus.worksCount(),
				focus.citedByCount()), 0);
	}

	/** Adds the focus's neighbours; a node already in the slice keeps its first place. */
	void addNeighbours(List<NodeRow> rows) {
		for (NodeRow row : rows) {
			if (add(row, 1)) {
				focusEdge(row);
			}
		}
	}

	/** Adds neighbours of neighbours, as long as the cap allows. */
	void addSecondDegree(List<NodeRow> rows) {
		for (NodeRow row : rows) {
			add(row, 2);
		}
	}

	/** The internal ids of the slice's nodes of one kind. */
	Long[] ids(CatalogKind kind) {
		return this.nodes.values()
			.stream()
			.filter((entry) -> entry.row().kind() == kind)
			.map((entry) -> entry.row().id())
			.toArray(Long[]::new);
	}

	/** The internal ids of the focus's direct neighbours of one kind. */
	Long[] neighbourIds(CatalogKind kind) {
		return this.nodes.values()
			.stream()
			.filter((entry) -> entry.depth() == 1 && entry.row().kind() == kind)
			.map((entry) -> entry.row().id())
			.toArray(Long[]::new);
	}

	void addEdges(List<EdgeRow> rows) {
		Map<CatalogKind, Map<Long, String>> keys = new EnumMap<>(CatalogKind.class);
		this.nodes.values()
			.forEach((entry) -> keys.computeIfAbsent(entry.row().kind(), (k) -> new LinkedHashMap<>())
				.put(entry.row().id(), entry.row().key()));
		for (EdgeRow row : rows) {
			String source = keys.getOrDefault(row.sourceKind(), Map.of()).get(row.sourceId());
			String target = keys.getOrDefault(row.targetKind(), Map.of()).get(row.targetId());
			if (source != null && target != null) {
				edge(row.kind(), source, target, row.weight(), row.firstYear(), row.lastYear());
			}
		}
	}

	GraphSlice build() {
		List<GraphNode> graphNodes = new ArrayList<>();
		for (Entry entry : this.nodes.values()) {
			NodeRow row = entry.row();
			graphNodes.add(new GraphNode(row.key(), GraphKinds.name(row.kind()), row.key(), row.label(),
					round(row.weight()), entry.depth(), GraphKinds.pageUrl(row.kind(), row.key()),
					GraphKinds.sliceUrl(row.kind(), row.key()), row.year(), row.worksCount(), row.citedByCount()));
		}
		return new GraphSlice(this.focus.key(), this.depth, this.limit, this.cap, this.truncated, graphNodes,
				new ArrayList<>(this.edges.values()));
	}

	private boolean add(NodeRow row, int nodeDepth) {
		if (this.nodes.containsKey(row.key())) {
			return false;
		}
		if (this.nodes.size() >= this.cap) {
			this.truncated = true;
			return false;
		}
		this.nodes.put(row.key(), new Entry(row, nodeDepth));
		return true;
	}

	/**
	 * The tie between the focus and a neighbour that no catalogue table names directly
	 * (an institution and its works or topics); every other tie comes from the edges
	 * query.
	 */
	private void focusEdge(NodeRow neighbour) {
		CatalogKind a = this.focus.kind();
		CatalogKind b = neighbour.kind();
		if (a == CatalogKind.INSTITUTION && (b == CatalogKind.WORK || b == CatalogKind.TOPIC)) {
			edge("institution-" + GraphKinds.name(b), this.focus.key(), neighbour.key(), neighbour.weight(), null,
					null);
		}
		else if (b == CatalogKind.INSTITUTION && (a == CatalogKind.WORK || a == CatalogKind.TOPIC)) {
			edge("institution-" + GraphKinds.name(a), neighbour.key(), this.focus.key(), neighbour.weight(), null,
					null);
		}
	}

	private void edge(String kind, String source, String target, double weight, Integer firstYear, Integer lastYear) {
		String id = kind + ":" + source + "-" + target;
		this.edges.putIfAbsent(id, new GraphEdge(id, source, target, kind, round(weight), firstYear, lastYear));
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

	private record Entry(NodeRow row, int depth) {

	}

}
