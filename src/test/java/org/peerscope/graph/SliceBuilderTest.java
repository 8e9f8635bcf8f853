package org.peerscope.graph;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.peerscope.common.CatalogKind;

import static org.assertj.core.api.Assertions.assertThat;

class SliceBuilderTest {

	static final NodeRow FOCUS = researcher(1, 1);

	@Test
	void neverHoldsMoreNodesThanTheCapAndSaysSo() {
		SliceBuilder builder = new SliceBuilder(FOCUS, 2, 10, 6);
		builder.addNeighbours(List.of(researcher(2, 5), researcher(3, 4), researcher(4, 3)));
		builder.addSecondDegree(IntStream.rangeClosed(5, 20).mapToObj((id) -> researcher(id, 1)).toList());

		GraphSlice slice = builder.build();

		assertThat(slice.nodes()).extracting(GraphNode::id).containsExactly("PA1", "PA2", "PA3", "PA4", "PA5", "PA6");
		assertThat(slice.nodes()).extracting(GraphNode::depth).containsExactly(0, 1, 1, 1, 2, 2);
		assertThat(slice.truncated()).isTrue();
	}

	@Test
	void aNodeReachedTwiceKeepsItsFirstPlace() {
		SliceBuilder builder = new SliceBuilder(FOCUS, 2, 10, 100);
		builder.addNeighbours(List.of(researcher(2, 5)));
		builder.addSecondDegree(List.of(researcher(1, 9), researcher(2, 9), researcher(3, 2)));

		GraphSlice slice = builder.build();

		assertThat(slice.nodes()).extracting(GraphNode::id, GraphNode::depth, GraphNode::weight)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PA1", 0, 1.0),
					org.assertj.core.groups.Tuple.tuple("PA2", 1, 5.0),
					org.assertj.core.groups.Tuple.tuple("PA3", 2, 2.0));
		assertThat(slice.truncated()).isFalse();
	}

	@Test
	void keepsOnlyEdgesBetweenNodesOfTheSlice() {
		SliceBuilder builder = new SliceBuilder(FOCUS, 1, 10, 100);
		builder.addNeighbours(List.of(researcher(2, 5)));
		builder.addEdges(List.of(edge(1, 2, 5), edge(2, 99, 1), edge(1, 2, 5)));

		assertThat(builder.build().edges()).extracting(GraphEdge::id).containsExactly("coauthorship:PA1-PA2");
	}

	@Test
	void tiesAnInstitutionToItsWorksAndTopicsDirectly() {
		NodeRow institution = new NodeRow(CatalogKind.INSTITUTION, 7, "PI7", "Northbridge", 1, null, null, null);
		SliceBuilder builder = new SliceBuilder(institution, 1, 10, 100);
		builder.addNeighbours(List.of(new NodeRow(CatalogKind.WORK, 3, "PW3", "Work", 12, 2020, null, 12L),
				new NodeRow(CatalogKind.TOPIC, 4, "PT4", "Topic", 6, null, 6, null), researcher(2, 40)));

		assertThat(builder.build().edges()).extracting(GraphEdge::id, GraphEdge::weight)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("institution-work:PI7-PW3", 12.0),
					org.assertj.core.groups.Tuple.tuple("institution-topic:PI7-PT4", 6.0));
	}

	static NodeRow researcher(long id, double weight) {
		return new NodeRow(CatalogKind.RESEARCHER, id, "PA" + id, "Researcher " + id, weight, null, 1, 1L);
	}

	static EdgeRow edge(long source, long target, double weight) {
		return new EdgeRow("coauthorship", CatalogKind.RESEARCHER, source, CatalogKind.RESEARCHER, target, weight, null,
				null);
	}

}
