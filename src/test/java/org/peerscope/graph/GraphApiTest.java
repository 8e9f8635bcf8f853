package org.peerscope.graph;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerscope.catalog.CatalogChanged;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contract of {@code GET /api/graph/…}: field names, parameters, status codes.
 */
@IntegrationTest
class GraphApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void returnsTheSliceAsJsonWithTheContractFields() throws Exception {
		new GraphFixture(this.catalog, this.events);

		this.mvc.perform(get("/api/graph/researchers/pa1?depth=1&limit=1"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.focus").value("PA1"))
			.andExpect(jsonPath("$.depth").value(1))
			.andExpect(jsonPath("$.limit").value(1))
			.andExpect(jsonPath("$.cap").value(250))
			.andExpect(jsonPath("$.truncated").value(false))
			.andExpect(jsonPath("$.nodes[*].id").value(containsInAnyOrder("PA1", "PA2", "PW1", "PT1", "PI1")))
			.andExpect(jsonPath("$.nodes[1].id").value("PA2"))
			.andExpect(jsonPath("$.nodes[1].kind").value("researcher"))
			.andExpect(jsonPath("$.nodes[1].key").value("PA2"))
			.andExpect(jsonPath("$.nodes[1].label").value("Grace Okafor"))
			.andExpect(jsonPath("$.nodes[1].weight").value(2.0))
			.andExpect(jsonPath("$.nodes[1].depth").value(1))
			.andExpect(jsonPath("$.nodes[1].url").value("/researchers/PA2"))
			.andExpect(jsonPath("$.nodes[1].sliceUrl").value("/api/graph/researchers/PA2"))
			.andExpect(jsonPath("$.nodes[1].worksCount").value(3))
			.andExpect(jsonPath("$.nodes[1].citedByCount").value(63))
			.andExpect(jsonPath("$.nodes[2].kind").value("work"))
			.andExpect(jsonPath("$.nodes[2].year").value(2020))
			.andExpect(jsonPath("$.edges", hasSize(8)))
			.andExpect(jsonPath("$.edges[?(@.id == 'coauthorship:PA1-PA2')].source").value("PA1"))
			.andExpect(jsonPath("$.edges[?(@.id == 'coauthorship:PA1-PA2')].target").value("PA2"))
			.andExpect(jsonPath("$.edges[?(@.id == 'coauthorship:PA1-PA2')].kind").value("coauthorship"))
			.andExpect(jsonPath("$.edges[?(@.id == 'coauthorship:PA1-PA2')].weight").value(2.0))
			.andExpect(jsonPath("$.edges[?(@.id == 'affiliation:PA1-PI1')].firstYear").value(2019));
	}

	@Test
	void servesWorksTopicsAndInstitutions() throws Exception {
		new GraphFixture(this.catalog, this.events);

		this.mvc.perform(get("/api/graph/works/PW2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.focus").value("PW2"))
			.andExpect(jsonPath("$.nodes[0].url").value("/works/PW2"));
		this.mvc.perform(get("/api/graph/topics/PT2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[0].kind").value("topic"))
			.andExpect(jsonPath("$.nodes[0].url").value("/topics/PT2"));
		this.mvc.perform(get("/api/graph/institutions/PI1?depth=2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[0].kind").value("institution"))
			.andExpect(jsonPath("$.nodes[0].sliceUrl").value("/api/graph/institutions/PI1"));
	}

	@Test
	void refusesOutOfRangeDepthsAndLimitsWith400() throws Exception {
		new GraphFixture(this.catalog, this.events);

		for (String query : List.of("depth=0", "depth=3", "depth=-1", "depth=two", "limit=0", "limit=-5", "limit=51",
				"limit=many", "limit=99999999999")) {
			this.mvc.perform(get("/api/graph/researchers/PA1?" + query).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isBadRequest());
		}
		this.mvc.perform(get("/api/graph/researchers/PA1?depth=2&limit=50")).andExpect(status().isOk());
	}

	@Test
	void answersUnknownAndMalformedKeysWith404() throws Exception {
		new GraphFixture(this.catalog, this.events);

		this.mvc.perform(get("/api/graph/researchers/PA999").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/graph/works/PA1").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/graph/topics/nonsense").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound());
	}

	@Test
	void sendsOnlyPublicCatalogueFields() throws Exception {
		new GraphFixture(this.catalog, this.events);

		// Whatever else a researcher or work carries (private account data, claims under
		// review), a node has exactly these fields and an edge these.
		this.mvc.perform(get("/api/graph/researchers/PA1?depth=2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[0].keys()").value(containsInAnyOrder("id", "kind", "key", "label", "weight",
					"depth", "url", "sliceUrl", "year", "worksCount", "citedByCount")))
			.andExpect(jsonPath("$.edges[0].keys()")
				.value(containsInAnyOrder("id", "source", "target", "kind", "weight", "firstYear", "lastYear")))
			.andExpect(jsonPath("$.keys()")
				.value(containsInAnyOrder("focus", "depth", "limit", "cap", "truncated", "nodes", "edges")));
	}

	@Test
	void depthTwoNeverExceedsTheCap() throws Exception {
		this.catalog.reset();
		// A hub with 60 co-authors, each with 5 co-authors of their own: 1 + 60 + 300
		// researchers within two steps, more than the cap of 250.
		long hub = this.catalog.researcher("Hub").insert();
		List<Long> everyone = new ArrayList<>(List.of(hub));
		for (int i = 0; i < 60; i++) {
			long spoke = this.catalog.researcher("Spoke " + i).insert();
			everyone.add(spoke);
			this.catalog.work("Hub and spoke " + i).year(2020).citations(i).authors(hub, spoke).insert();
			for (int j = 0; j < 5; j++) {
				long rim = this.catalog.researcher("Rim " + i + "." + j).insert();
				everyone.add(rim);
				this.catalog.work("Spoke and rim " + i + "." + j).year(2021).authors(spoke, rim).insert();
			}
		}
		this.events.publishEvent(CatalogChanged.researchers(everyone));

		this.mvc.perform(get("/api/graph/researchers/" + this.catalog.keyOfResearcher(hub) + "?depth=2&limit=50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes", hasSize(250)))
			.andExpect(jsonPath("$.truncated").value(true))
			.andExpect(jsonPath("$.nodes[*].depth").value(everyItem(lessThanOrEqualTo(2))));
	}

}
