package org.peerscope.topic;

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
class TopicPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ResearcherMetricsService metrics;

	@Autowired
	JsonMapper json;

	long topic;

	long ada;

	long grace;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		long northbridge = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		this.topic = this.catalog.topic("Graph Neural Network Models", "Computer Science");
		long other = this.catalog.topic("Protein Folding", "Biology");
		this.ada = this.catalog.researcher("Ada Whitfield").currentlyAt(northbridge, 2019).insert();
		this.grace = this.catalog.researcher("Grace Okafor").insert();
		this.catalog.work("Older graph work").year(2019).authors(this.ada).topic(this.topic, true).insert();
		this.catalog.work("Newer graph work")
			.year(2023)
			.citations(4)
			.authors(this.ada, this.grace)
			.topic(this.topic, true)
			.insert();
		this.catalog.work("Folding").year(2024).authors(this.grace).topic(other, true).insert();
		this.metrics.recompute(List.of(this.ada, this.grace));
	}

	@Test
	void showsThePathTopResearchersAndRecentWorks() throws Exception {
		Document page = page("/topics/pt1");
		assertThat(page.title()).isEqualTo("Graph Neural Network Models — Peerscope");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Graph Neural Network Models");
		assertThat(page.select(".breadcrumbs li").eachText()).containsExactly("Physical Sciences", "Computer Science");
		assertThat(page.select(".facts dd").eachText()).containsExactly("2", "2");
		assertThat(page.select("#topic-researchers .entity-list li").eachText())
			.containsExactly("Ada Whitfield · University of Northbridge 2 works", "Grace Okafor 1 work");
		assertThat(page.select("#topic-works .entity-list a").eachText()).containsExactly("Newer graph work",
				"Older graph work");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Graph Neural Network Models");
		JsonNode term = this.json.readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(term.get("@type").asString()).isEqualTo("DefinedTerm");
		assertThat(term.get("name").asString()).isEqualTo("Graph Neural Network Models");
		assertThat(term.get("inDefinedTermSet").get("name").asString()).isEqualTo("Computer Science");
		for (String href : page.select("main a[href^=/]").eachAttr("href")) {
			this.mvc.perform(get(href)).andExpect(status().isOk());
		}
	}

	@Test
	void pagesBothListsIndependently() throws Exception {
		for (int i = 0; i < 25; i++) {
			this.catalog.work("Extra " + i).year(2000 + i % 10).authors(this.grace).topic(this.topic, true).insert();
		}
		Document first = page("/topics/PT1");
		assertThat(first.select("#topic-works .entity-list li")).hasSize(20);
		String next = first.selectFirst("#topic-works .pager a[rel=next]").attr("href");
		assertThat(next).isEqualTo("?works=2#topic-works");
		Document second = page("/topics/PT1?works=2");
		assertThat(second.select("#topic-works .entity-list li")).hasSize(7);
		assertThat(second.select("#topic-works .pager__position").text()).isEqualTo("Page 2 of 2");
	}

	@Test
	void servesTheTopicAsJsonAndAnswersUnknownKeysWith404() throws Exception {
		this.mvc.perform(get("/api/topics/PT1?size=1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.key").value("PT1"))
			.andExpect(jsonPath("$.displayName").value("Graph Neural Network Models"))
			.andExpect(jsonPath("$.field").value("Computer Science"))
			.andExpect(jsonPath("$.domain").value("Physical Sciences"))
			.andExpect(jsonPath("$.worksCount").value(2))
			.andExpect(jsonPath("$.researchersCount").value(2))
			.andExpect(jsonPath("$.topResearchers.length()").value(1))
			.andExpect(jsonPath("$.topResearchers[0].name").value("Ada Whitfield"))
			.andExpect(jsonPath("$.recentWorks[0].title").value("Newer graph work"));
		this.mvc.perform(get("/api/topics/T1")).andExpect(status().isNotFound());
		this.mvc.perform(get("/topics/T1").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/topics/A1").accept("text/html")).andExpect(status().isNotFound());
	}

	@Test
	void costsTheSameStatementsWhateverTheTopicsSize() throws Exception {
		long small = this.catalog.topic("Small topic", "Field");
		for (int i = 0; i < 200; i++) {
			long r = this.catalog.researcher("R " + i).insert();
			this.catalog.work("W " + i).year(2000 + i % 20).authors(r, this.ada).topic(this.topic, true).insert();
		}
		this.metrics.recomputeAll();
		long forSmall = statementsFor("/topics/" + "PT" + small);
		long forBig = statementsFor("/topics/PT1?page=3&works=4");
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
