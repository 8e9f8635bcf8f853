package org.peerscope.researcher;

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
 * The researcher page costs the same few statements whether the researcher has one work
 * or five hundred.
 */
@IntegrationTest
class ResearcherPageQueryCountTest {

	/**
	 * 7 for the page itself, 3 for followers and claim (count, state, panel; an anonymous
	 * visitor's follow button takes the count), and one each for the metrics block and
	 * the trust snapshot.
	 */
	static final long STATEMENTS_PER_PAGE = 12;

	/** Finding the researcher, then the teaser in one statement. */
	static final long STATEMENTS_PER_TEASER = 2;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	void reset() {
		this.catalog.reset();
	}

	@Test
	void doesNotGrowWithTheNumberOfWorksTopicsAndCoauthors() throws Exception {
		long institution = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		long small = this.catalog.researcher("Few Works").currentlyAt(institution, 2020).insert();
		this.catalog.work("Only work").year(2020).authors(small).insert();
		long prolific = this.catalog.researcher("Many Works").currentlyAt(institution, 2001).insert();
		List<Long> coauthors = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			coauthors.add(this.catalog.researcher("Coauthor " + i).insert());
		}
		List<Long> topics = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			topics.add(this.catalog.topic("Topic " + i, "Field " + (i % 3)));
		}
		for (int i = 0; i < 500; i++) {
			this.catalog.work("Work " + i)
				.year(1990 + i % 35)
				.citations(i % 40)
				.abstractText("Abstract " + i)
				.authors(coauthors.get(i % 20), "External " + i, prolific, coauthors.get((i + 7) % 20))
				.topic(topics.get(i % 15), true)
				.insert();
		}
		List<Long> everyone = new ArrayList<>(coauthors);
		everyone.add(small);
		everyone.add(prolific);
		this.events.publishEvent(CatalogChanged.researchers(everyone));

		long forOneWork = statementsFor("/researchers/" + this.catalog.keyOfResearcher(small));
		long forManyWorks = statementsFor("/researchers/" + this.catalog.keyOfResearcher(prolific));
		long forALaterPage = statementsFor("/researchers/" + this.catalog.keyOfResearcher(prolific) + "?page=7");
		long sortedAndFiltered = statementsFor("/researchers/" + this.catalog.keyOfResearcher(prolific)
				+ "?sort=citations&type=article&from=1995&to=2015&page=2");

		assertThat(forManyWorks).isEqualTo(forOneWork)
			.isEqualTo(forALaterPage)
			.isEqualTo(sortedAndFiltered)
			.isLessThanOrEqualTo(STATEMENTS_PER_PAGE);
		assertThat(statementsFor("/researchers/" + this.catalog.keyOfResearcher(prolific) + "/teaser"))
			.isEqualTo(statementsFor("/researchers/" + this.catalog.keyOfResearcher(small) + "/teaser"))
			.isLessThanOrEqualTo(STATEMENTS_PER_TEASER);
		assertThat(statementsFor("/api/researchers/" + this.catalog.keyOfResearcher(prolific) + "/works?size=100"))
			.isEqualTo(statementsFor("/api/researchers/" + this.catalog.keyOfResearcher(small) + "/works"));
	}

	private long statementsFor(String url) throws Exception {
		QueryCounter.reset();
		this.mvc.perform(get(url)).andExpect(status().isOk());
		return QueryCounter.statements();
	}

}
