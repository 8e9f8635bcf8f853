package org.peerscope.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.QueryCounter;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every search page costs the same few statements however many hits it shows.
 */
@IntegrationTest
class SearchQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@BeforeEach
	void reset() {
		this.catalog.reset();
	}

	long statements(String path) throws Exception {
		// The first request learns whether claims exist; count from the second.
		this.mvc.perform(get(path)).andExpect(status().isOk());
		QueryCounter.reset();
		this.mvc.perform(get(path)).andExpect(status().isOk());
		return QueryCounter.statements();
	}

	void catalogue(int size) {
		long institution = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		long topic = this.catalog.topic("Graph theory", "Mathematics");
		for (int i = 0; i < size; i++) {
			long researcher = this.catalog.researcher("Wei Zhang " + (char) ('a' + i % 26))
				.currentlyAt(institution, 2010)
				.insert();
			this.catalog.work("Graph colouring number " + i)
				.year(2000 + i % 20)
				.authors(researcher, "Someone Else")
				.topic(topic, true)
				.insert();
		}
	}

	@Test
	void statementsDoNotGrowWithTheHits() throws Exception {
		catalogue(2);
		long[] few = { statements("/search?q=zhang+graph"), statements("/search/researchers?q=zhang"),
				statements("/search/works?q=graph"), statements("/search?q=zhang&suggest=1"),
				statements("/api/search?q=graph") };
		catalogue(40);
		long[] many = { statements("/search?q=zhang+graph"), statements("/search/researchers?q=zhang"),
				statements("/search/works?q=graph"), statements("/search?q=zhang&suggest=1"),
				statements("/api/search?q=graph") };
		assertThat(many).containsExactly(few);
		// Overview: the similarity setting, then one statement per kind.
		assertThat(few[0]).isEqualTo(5);
		assertThat(few[1]).isEqualTo(2);
		assertThat(few[2]).isEqualTo(1);
	}

	@Test
	void anIdentifierCostsOneLookup() throws Exception {
		this.catalog.researcher("Dechen Zhang").orcid("0000-0002-1825-0097").insert();
		QueryCounter.reset();
		this.mvc.perform(get("/search?q=0000-0002-1825-0097")).andExpect(status().isFound());
		assertThat(QueryCounter.statements()).isEqualTo(1);
	}

}
