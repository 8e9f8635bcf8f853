package org.peerscope.graph;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.common.CatalogKind;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Slice contents on the hand-built graph of {@link GraphFixture}: which nodes, which
 * edges, which weights. Keys follow insertion order: PA1 Ada, PA2 Grace, PA3 Lin, PA4
 * Omar, PA5 Zed; PW1 One … PW6 Solo; PT1 Graphs, PT2 Proteins; PI1 Northbridge, PI2
 * Southport.
 */
@IntegrationTest
class GraphSliceTest {

	@Autowired
	GraphService graph;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	void graph() {
		new GraphFixture(this.catalog, this.events);
	}

	@Test
	void aResearchersSliceHoldsTheirCoauthorsWorksTopicsAndInstitutionsWithTheEdgesAmongThem() {
		GraphSlice slice = slice(CatalogKind.RESEARCHER, "pa1", 1, 10);

		assertThat(slice.focus()).isEqualTo("PA1");
		assertThat(slice.truncated()).isFalse();
		assertThat(slice.nodes()).extracting(GraphNode::id, GraphNode::kind, GraphNode::depth, GraphNode::weight)
			.containsExactly(tuple("PA1", "researcher", 0, 1.0), tuple("PA2", "researcher", 1, 2.0),
					tuple("PA3", "researcher", 1, 1.0), tuple("PW1", "work", 1, 10.0), tuple("PW2", "work", 1, 3.0),
					tuple("PW3", "work", 1, 0.0), tuple("PT1", "topic", 1, 0.6667), tuple("PT2", "topic", 1, 0.6667),
					tuple("PI1", "institution", 1, 2.0), tuple("PI2", "institution", 1, 1.0));
		GraphNode grace = node(slice, "PA2");
		assertThat(grace.label()).isEqualTo("Grace Okafor");
		assertThat(grace.url()).isEqualTo("/researchers/PA2");
		assertThat(grace.sliceUrl()).isEqualTo("/api/graph/researchers/PA2");
		assertThat(grace.worksCount()).isEqualTo(3);
		assertThat(grace.citedByCount()).isEqualTo(63);
		assertThat(node(slice, "PW1").year()).isEqualTo(2020);
		assertThat(node(slice, "PW1").url()).isEqualTo("/works/PW1");

		assertThat(edges(slice)).containsOnly(entry("coauthorship:PA1-PA2", 2.0), entry("coauthorship:PA1-PA3", 1.0),
				entry("coauthorship:PA2-PA3", 1.0), entry("authored:PA1-PW1", 1.0), entry("authored:PA1-PW2", 1.0),
				entry("authored:PA1-PW3", 1.0), entry("authored:PA2-PW1", 1.0), entry("authored:PA2-PW2", 1.0),
				entry("authored:PA3-PW2", 1.0), entry("work-topic:PW1-PT1", 0.9), entry("work-topic:PW2-PT1", 0.9),
				entry("work-topic:PW2-PT2", 0.9), entry("work-topic:PW3-PT2", 0.9),
				entry("researcher-topic:PA1-PT1", 0.6667), entry("researcher-topic:PA1-PT2", 0.6667),
				entry("researcher-topic:PA2-PT1", 0.6667), entry("researcher-topic:PA2-PT2", 0.6667),
				entry("researcher-topic:PA3-PT1", 0.5), entry("researcher-topic:PA3-PT2", 0.5),
				entry("affiliation:PA1-PI1", 1.0), entry("affiliation:PA1-PI2", 1.0), entry("affiliation:PA2-PI1", 1.0),
				entry("affiliation:PA3-PI2", 1.0));
		GraphEdge former = slice.edges()
			.stream()
			.filter((edge) -> edge.id().equals("affiliation:PA1-PI2"))
			.findFirst()
			.orElseThrow();
		assertThat(former.firstYear()).isEqualTo(2010);
		assertThat(former.lastYear()).isEqualTo(2018);
	}

	@Test
	void theLimitCapsEveryKindAndKeepsTheStrongest() {
		GraphSlice slice = slice(CatalogKind.RESEARCHER, "PA1", 1, 1);

		assertThat(slice.nodes()).extracting(GraphNode::id).containsExactly("PA1", "PA2", "PW1", "PT1", "PI1");
		assertThat(edges(slice).keySet()).containsExactlyInAnyOrder("coauthorship:PA1-PA2", "authored:PA1-PW1",
				"authored:PA2-PW1", "work-topic:PW1-PT1", "researcher-topic:PA1-PT1", "researcher-topic:PA2-PT1",
				"affiliation:PA1-PI1", "affiliation:PA2-PI1");
	}

	@Test
	void edgesOnlyJoinNodesOfTheSlice() {
		GraphSlice slice = slice(CatalogKind.RESEARCHER, "PA1", 1, 10);

		// Omar co-authored with Grace and Lin, but is not Ada's co-author: neither he nor
		// those ties are in Ada's depth-1 slice.
		List<String> ids = slice.nodes().stream().map(GraphNode::id).toList();
		assertThat(ids).doesNotContain("PA4", "PA5", "PW4", "PW5", "PW6");
		assertThat(slice.edges()).allSatisfy((edge) -> assertThat(ids).contains(edge.source(), edge.target()));
	}

	@Test
	void depthTwoAddsTheNeighboursOfNeighbours() {
		GraphSlice slice = slice(CatalogKind.RESEARCHER, "PA1", 2, 10);

		assertThat(node(slice, "PA4").depth()).isEqualTo(2);
		assertThat(edges(slice)).containsEntry("coauthorship:PA2-PA4", 1.0).containsEntry("coauthorship:PA3-PA4", 1.0);
		// Zed shares nothing with anyone.
		assertThat(slice.nodes()).extracting(GraphNode::id).doesNotContain("PA5");
		assertThat(slice.nodes()).hasSizeLessThanOrEqualTo(slice.cap());
		assertThat(slice.edges()).allSatisfy(
				(edge) -> assertThat(slice.nodes()).extracting(GraphNode::id).contains(edge.source(), edge.target()));
	}

	@Test
	void aWorksSliceHoldsItsAuthorsTopicsAndInstitutions() {
		GraphSlice slice = slice(CatalogKind.WORK, "PW2", 1, 10);

		assertThat(slice.nodes()).extracting(GraphNode::id, GraphNode::weight)
			.containsExactly(tuple("PW2", 1.0), tuple("PA1", 1.0), tuple("PA2", 0.5), tuple("PA3", 0.3333),
					tuple("PT1", 0.9), tuple("PT2", 0.9), tuple("PI1", 1.0));
		assertThat(edges(slice)).containsEntry("institution-work:PI1-PW2", 1.0)
			.containsEntry("authored:PA3-PW2", 1.0)
			.containsEntry("affiliation:PA1-PI1", 1.0)
			.containsEntry("coauthorship:PA1-PA2", 2.0);
	}

	@Test
	void citationsAndRelatedWorksTieWorksOnceBothAreInTheCatalogue() {
		JdbcClient jdbc = this.catalog.jdbc();
		jdbc.sql(
				"update works set openalex_id = 'W' || substr(public_key, 3) where public_key in ('PW1', 'PW2', 'PW3')")
			.update();
		jdbc.sql("insert into work_references (work_id, referenced_openalex_id) "
				+ "select id, 'W1' from works where public_key = 'PW2' union all "
				+ "select id, 'W999' from works where public_key = 'PW2'")
			.update();
		jdbc.sql(
				"insert into related_works (work_id, related_openalex_id) select id, 'W3' from works where public_key = 'PW2'")
			.update();

		GraphSlice slice = slice(CatalogKind.WORK, "PW2", 1, 10);

		assertThat(slice.neighbours("work")).extracting(GraphNode::id).containsExactly("PW1", "PW3");
		assertThat(edges(slice)).containsEntry("cites:PW2-PW1", 1.0).containsEntry("related:PW2-PW3", 1.0);
		GraphSlice cited = slice(CatalogKind.WORK, "PW1", 1, 10);
		assertThat(cited.neighbours("work")).extracting(GraphNode::id).containsExactly("PW2");
		assertThat(edges(cited)).containsEntry("cites:PW2-PW1", 1.0);
	}

	@Test
	void aTopicsSliceHoldsItsResearchersMostCitedWorksAndInstitutions() {
		GraphSlice slice = slice(CatalogKind.TOPIC, "PT2", 1, 10);

		assertThat(slice.nodes()).extracting(GraphNode::id, GraphNode::weight)
			.containsExactly(tuple("PT2", 1.0), tuple("PA1", 2.0), tuple("PA2", 2.0), tuple("PA3", 1.0),
					tuple("PA4", 1.0), tuple("PW4", 50.0), tuple("PW2", 3.0), tuple("PW3", 0.0), tuple("PI1", 4.0),
					tuple("PI2", 3.0));
		assertThat(edges(slice)).containsEntry("institution-topic:PI1-PT2", 4.0)
			.containsEntry("institution-topic:PI2-PT2", 3.0)
			.containsEntry("work-topic:PW4-PT2", 0.9)
			.containsEntry("researcher-topic:PA4-PT2", 0.5);
	}

	@Test
	void anInstitutionsSliceHoldsItsResearchersWorksAndTopics() {
		GraphSlice slice = slice(CatalogKind.INSTITUTION, "PI1", 1, 10);

		assertThat(slice.nodes()).extracting(GraphNode::id, GraphNode::weight)
			.containsExactly(tuple("PI1", 1.0), tuple("PA2", 63.0), tuple("PA1", 13.0), tuple("PW2", 3.0),
					tuple("PT1", 4.0), tuple("PT2", 4.0));
		assertThat(edges(slice)).containsEntry("institution-work:PI1-PW2", 3.0)
			.containsEntry("institution-topic:PI1-PT1", 4.0)
			.containsEntry("affiliation:PA2-PI1", 1.0);
	}

	@Test
	void precomputedNeighboursFollowCatalogueChanges() {
		// A new, highly cited work by Lin on proteins becomes the topic's top work.
		long newWork = this.catalog.work("Six")
			.year(2024)
			.citations(99)
			.authors(this.catalog.jdbc()
				.sql("select id from researchers where public_key = 'PA3'")
				.query(Long.class)
				.single())
			.topic(this.catalog.jdbc().sql("select id from topics where public_key = 'PT2'").query(Long.class).single(),
					true)
			.insert();
		long lin = this.catalog.jdbc()
			.sql("select id from researchers where public_key = 'PA3'")
			.query(Long.class)
			.single();
		this.events.publishEvent(org.peerscope.catalog.CatalogChanged.researchers(List.of(lin)));

		GraphSlice slice = slice(CatalogKind.TOPIC, "PT2", 1, 1);
		assertThat(slice.neighbours("work")).extracting(GraphNode::id)
			.containsExactly(GraphFixture.key(this.catalog, "works", newWork));
	}

	@Test
	void unknownKeysHaveNoSliceAndBadRequestsAreRefused() {
		assertThat(this.graph.slice(CatalogKind.RESEARCHER, "PA999", 1, 10)).isEmpty();
		assertThat(this.graph.slice(CatalogKind.RESEARCHER, "not a key", 1, 10)).isEmpty();
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.graph.slice(CatalogKind.RESEARCHER, "PA1", 3, 10));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.graph.slice(CatalogKind.RESEARCHER, "PA1", 1, 0));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.graph.slice(CatalogKind.RESEARCHER, "PA1", 1, 51));
	}

	private GraphSlice slice(CatalogKind kind, String key, int depth, int limit) {
		return this.graph.slice(kind, key, depth, limit).orElseThrow();
	}

	private static GraphNode node(GraphSlice slice, String id) {
		return slice.nodes().stream().filter((node) -> node.id().equals(id)).findFirst().orElseThrow();
	}

	private static Map<String, Double> edges(GraphSlice slice) {
		return slice.edges().stream().collect(Collectors.toMap(GraphEdge::id, GraphEdge::weight));
	}

	private static Map.Entry<String, Double> entry(String id, double weight) {
		return Map.entry(id, weight);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
