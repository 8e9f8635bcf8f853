package org.peerscope.graph;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.catalog.CatalogChanged;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.QueryCounter;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A slice costs the same few statements whether its focus has one neighbour or hundreds,
 * at depth 1 and 2, and so does the explorer page.
 */
@IntegrationTest
class GraphQueryCountTest {

	/** Lookup, focus, four kinds of neighbour, the edges' plan mode, edges. */
	static final long DEPTH_ONE = 8;

	/** And one per kind of neighbour at depth 2. */
	static final long DEPTH_TWO = 12;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ApplicationEventPublisher events;

	String small;

	String large;

	String smallWork;

	String largeWork;

	String topic;

	String institution;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		long institutionId = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		long otherInstitution = this.catalog.institution("Southport Institute", "US", "southport.edu");
		long loner = this.catalog.researcher("Few Works").currentlyAt(otherInstitution, 2020).insert();
		long partner = this.catalog.researcher("Partner").insert();
		long lonerWork = this.catalog.work("Only work").year(2020).authors(loner, partner).insert();
		long prolific = this.catalog.researcher("Many Works").currentlyAt(institutionId, 2001).insert();
		List<Long> coauthors = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			coauthors.add(this.catalog.researcher("Coauthor " + i).formerlyAt(institutionId, 2000, 2010).insert());
		}
		List<Long> topics = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			topics.add(this.catalog.topic("Topic " + i, "Field " + (i % 3)));
		}
		long bigWork = 0;
		for (int i = 0; i < 200; i++) {
			long work = this.catalog.work("Work " + i)
				.year(1990 + i % 35)
				.citations(i % 40)
				.authors(coauthors.get(i % 30), "External " + i, prolific, coauthors.get((i + 7) % 30),
						coauthors.get((i + 13) % 30))
				.topic(topics.get(i % 15), true)
				.topic(topics.get((i + 1) % 15), false)
				.insert();
			bigWork = (i == 0) ? work : bigWork;
		}
		List<Long> everyone = new ArrayList<>(coauthors);
		everyone.addAll(List.of(loner, partner, prolific));
		this.events.publishEvent(CatalogChanged.researchers(everyone));
		this.small = this.catalog.keyOfResearcher(loner);
		this.large = this.catalog.keyOfResearcher(prolific);
		this.smallWork = this.catalog.keyOfWork(lonerWork);
		this.largeWork = this.catalog.keyOfWork(bigWork);
		this.topic = GraphFixture.key(this.catalog, "topics", topics.get(0));
		this.institution = GraphFixture.key(this.catalog, "institutions", institutionId);
	}

	@Test
	void researcherSlicesDoNotGrowWithTheData() throws Exception {
		long forFew = statementsFor("/api/graph/researchers/" + this.small);
		long forMany = statementsFor("/api/graph/researchers/" + this.large + "?limit=50");
		long forFewDeep = statementsFor("/api/graph/researchers/" + this.small + "?depth=2");
		long forManyDeep = statementsFor("/api/graph/researchers/" + this.large + "?depth=2&limit=50");

		assertThat(forMany).isEqualTo(forFew).isLessThanOrEqualTo(DEPTH_ONE);
		assertThat(forManyDeep).isEqualTo(forFewDeep).isLessThanOrEqualTo(DEPTH_TWO);
	}

	@Test
	void workTopicAndInstitutionSlicesDoNotGrowWithTheData() throws Exception {
		assertThat(statementsFor("/api/graph/works/" + this.largeWork + "?depth=2"))
			.isEqualTo(statementsFor("/api/graph/works/" + this.smallWork + "?depth=2"))
			.isLessThanOrEqualTo(DEPTH_TWO);
		assertThat(statementsFor("/api/graph/topics/" + this.topic + "?depth=2&limit=50"))
			.isLessThanOrEqualTo(DEPTH_TWO - 1);
		assertThat(statementsFor("/api/graph/institutions/" + this.institution + "?depth=2&limit=50"))
			.isLessThanOrEqualTo(DEPTH_TWO - 1);
	}

	@Test
	void theExplorerPageDoesNotGrowWithTheData() throws Exception {
		assertThat(statementsFor("/researchers/" + this.large + "/graph"))
			.isEqualTo(statementsFor("/researchers/" + this.small + "/graph"))
			.isLessThanOrEqualTo(DEPTH_ONE);
	}

	private long statementsFor(String url) throws Exception {
		QueryCounter.reset();
		this.mvc.perform(get(url)).andExpect(status().isOk());
		return QueryCounter.statements();
	}

}
