package org.peerscope.researcher;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.metrics.ResearcherMetricsService;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ResearcherApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ResearcherMetricsService metrics;

	String graceKey;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		long institution = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		long ada = this.catalog.researcher("Ada Whitfield")
			.openalexId("A5023888391")
			.orcid("0000-0002-1825-0097")
			.currentlyAt(institution, 2019)
			.insert();
		long grace = this.catalog.researcher("Grace Okafor").insert();
		this.catalog.work("One").year(2020).citations(10).authors(ada, grace).insert();
		this.catalog.work("Two").year(2021).citations(3).authors(ada, grace).insert();
		this.catalog.work("Three").year(2022).citations(0).authors(ada).insert();
		this.metrics.recompute(List.of(ada, grace));
		this.graceKey = this.catalog.keyOfResearcher(grace);
	}

	@Test
	void returnsTheProfileAsJsonWithTheContractFields() throws Exception {
		this.mvc.perform(get("/api/researchers/a5023888391"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.key").value("A5023888391"))
			.andExpect(jsonPath("$.displayName").value("Ada Whitfield"))
			.andExpect(jsonPath("$.orcid").value("0000-0002-1825-0097"))
			.andExpect(jsonPath("$.openalexId").value("A5023888391"))
			.andExpect(jsonPath("$.affiliation").value("University of Northbridge"))
			.andExpect(jsonPath("$.worksCount").value(3))
			.andExpect(jsonPath("$.citedByCount").value(13))
			.andExpect(jsonPath("$.hIndex").value(2))
			.andExpect(jsonPath("$.i10Index").value(1))
			.andExpect(jsonPath("$.followerCount").value(0))
			.andExpect(jsonPath("$.topicCount").value(0))
			.andExpect(jsonPath("$.closeCollaboratorCount").value(1))
			.andExpect(jsonPath("$.claimed").value(false));
	}

	@Test
	void reportsMissingFieldsAsNull() throws Exception {
		this.mvc.perform(get("/api/researchers/" + this.graceKey))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Grace Okafor"))
			.andExpect(jsonPath("$.orcid").value(nullValue()))
			.andExpect(jsonPath("$.openalexId").value(nullValue()))
			.andExpect(jsonPath("$.affiliation").value(nullValue()));
	}

	@Test
	void answersUnknownAndMalformedKeysWith404Json() throws Exception {
		this.mvc.perform(get("/api/researchers/A1").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound());
		// The firewall refuses the encoded quote outright (400); either way, never a 500.
		this.mvc.perform(get("/api/researchers/%27%20or%201=1").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(get("/api/researchers/A1;select").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().is4xxClientError());
	}

}
