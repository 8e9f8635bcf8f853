package org.peerscope.institution;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.metrics.ResearcherMetricsService;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.QueryCounter;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InstitutionPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ResearcherMetricsService metrics;

	@Autowired
	JsonMapper json;

	long northbridge;

	long kestrel;

	long ada;

	long grace;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		this.northbridge = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		this.kestrel = this.catalog.institution("Kestrel Bay University", "US", "kestrelbay.edu");
		this.catalog.jdbc()
			.sql("update institutions set ror = '02mhbdp94' where id = ?")
			.param(this.northbridge)
			.update();
		long topic = this.catalog.topic("Graph Neural Network Models", "Computer Science");
		this.ada = this.catalog.researcher("Ada Whitfield").currentlyAt(this.northbridge, 2019).insert();
		this.grace = this.catalog.researcher("Grace Okafor")
			.currentlyAt(this.kestrel, 2020)
			.formerlyAt(this.northbridge, 2012, 2019)
			.insert();
		this.catalog.work("Graph work").year(2021).authors(this.ada, this.grace).topic(topic, true).insert();
		this.catalog.work("Another").year(2022).authors(this.ada).topic(topic, true).insert();
		this.metrics.recompute(List.of(this.ada, this.grace));
	}

	@Test
	void showsCurrentAndPastResearchersWorksAndTopics() throws Exception {
		Document page = page("/institutions/pi1");
		assertThat(page.title()).isEqualTo("University of Northbridge — Peerscope");
		assertThat(page.selectFirst("h1").text()).isEqualTo("University of Northbridge");
		assertThat(page.select(".facts div").eachText()).containsExactly("Country GB", "Type Education",
				"Researchers 2", "Works 2");
		assertThat(page.select(".identifier--ror a").attr("href")).isEqualTo("https://ror.org/02mhbdp94");
		JsonNode organization = this.json.readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(organization.get("@type").asString()).isEqualTo("CollegeOrUniversity");
		assertThat(organization.get("name").asString()).isEqualTo("University of Northbridge");
		assertThat(organization.get("sameAs").get(0).asString()).isEqualTo("https://ror.org/02mhbdp94");
		assertThat(organization.get("address").get("addressCountry").asString()).isEqualTo("GB");
		assertThat(page.select(".member--current").text()).contains("Ada Whitfield", "current", "since 2019");
		assertThat(page.select(".member--past").text()).contains("Grace Okafor", "past", "2012–2019");
		assertThat(page.select(".entity-list li").first().text()).contains("Ada Whitfield");
		assertThat(page.select(".topic-list li").eachText())
			.containsExactly("Graph Neural Network Models Computer Science 2");
		for (String href : page.select("main a[href^=/]").eachAttr("href")) {
			this.mvc.perform(get(href)).andExpect(status().isOk());
		}
	}

	@Test
	void pagesThroughManyResearchers() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.catalog.researcher("Member " + i).currentlyAt(this.kestrel, 2000 + i).insert();
		}
		Document first = page("/institutions/PI2");
		assertThat(first.select(".entity-list li")).hasSize(24);
		assertThat(first.select(".pager__position").text()).isEqualTo("Page 1 of 2");
		assertThat(page("/institutions/PI2?page=2").select(".entity-list li")).hasSize(7);
	}

	@Test
	void servesTheInstitutionAsJson() throws Exception {
		this.mvc.perform(get("/api/institutions/PI1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.key").value("PI1"))
			.andExpect(jsonPath("$.displayName").value("University of Northbridge"))
			.andExpect(jsonPath("$.ror").value("02mhbdp94"))
			.andExpect(jsonPath("$.countryCode").value("GB"))
			.andExpect(jsonPath("$.type").value("education"))
			.andExpect(jsonPath("$.researchersCount").value(2))
			.andExpect(jsonPath("$.currentResearchersCount").value(1))
			.andExpect(jsonPath("$.worksCount").value(2))
			.andExpect(jsonPath("$.researchers[0].name").value("Ada Whitfield"))
			.andExpect(jsonPath("$.researchers[0].current").value(true))
			.andExpect(jsonPath("$.topTopics[0].name").value("Graph Neural Network Models"));
		this.mvc.perform(get("/api/institutions/I1")).andExpect(status().isNotFound());
		this.mvc.perform(get("/institutions/PI99").accept("text/html")).andExpect(status().isNotFound());
	}

	@Test
	void costsTheSameStatementsWhateverTheInstitutionsSize() throws Exception {
		for (int i = 0; i < 200; i++) {
			long r = this.catalog.researcher("R " + i).currentlyAt(this.kestrel, 2010).insert();
			this.catalog.work("W " + i).year(2015).authors(r).insert();
		}
		long small = this.catalog.institution("Tiny Institute", "FR", "tiny.fr");
		long forSmall = statementsFor("/institutions/PI" + small);
		long forBig = statementsFor("/institutions/PI2?page=5");
		assertThat(forBig).isEqualTo(forSmall).isLessThanOrEqualTo(3);
	}

	private long statementsFor(String url) throws Exception {
		QueryCounter.reset();
		this.mvc.perform(get(url)).andExpect(status().isOk());
		return QueryCounter.statements();
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
