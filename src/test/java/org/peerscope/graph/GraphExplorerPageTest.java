package org.peerscope.graph;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The explorer page as served, before any script runs.
 */
@IntegrationTest
class GraphExplorerPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	void graph() {
		new GraphFixture(this.catalog, this.events);
	}

	@Test
	void listsTheNeighboursOfEachKindWithoutJavaScript() throws Exception {
		Document page = page("/researchers/pa1/graph");

		assertThat(page.title()).isEqualTo("Research graph of Ada Whitfield — Peerscope");
		assertThat(page.select("h1").text()).isEqualTo("Research graph of Ada Whitfield");
		assertThat(page.select(".graph-list--researcher li a")).extracting((a) -> a.text() + " " + a.attr("href"))
			.containsExactly("Grace Okafor /researchers/PA2", "Lin Zhao /researchers/PA3");
		assertThat(page.select(".graph-list--researcher li .graph-list__figure").eachText())
			.containsExactly("2 shared works", "1 shared work");
		assertThat(page.select(".graph-list--work li a").eachText()).containsExactly("One", "Two", "Three");
		assertThat(page.select(".graph-list--work li .graph-list__figure").first().text())
			.isEqualTo("2020 · 10 citations");
		assertThat(page.select(".graph-list--topic li a").eachText()).containsExactly("Graph neural networks",
				"Protein folding");
		assertThat(page.select(".graph-list--institution li").eachText())
			.containsExactly("University of Northbridge current", "Southport Institute past");
		assertThat(page.select(".graph-header__back a").attr("href")).isEqualTo("/researchers/PA1");
	}

	@Test
	void pointsTheScriptAtTheSliceAndKeepsToTheContentSecurityPolicy() throws Exception {
		Document page = page("/researchers/PA1/graph");

		assertThat(page.select(".graph-explorer").attr("data-api")).isEqualTo("/api/graph/researchers/PA1");
		assertThat(page.select(".graph-explorer").attr("data-focus")).isEqualTo("PA1");
		assertThat(page.select("script[src*=cytoscape]").attr("src")).startsWith("/webjars/cytoscape/");
		assertThat(page.select("script[src*=graph-explorer]").hasAttr("defer")).isTrue();
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("style")).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.select("link[href*=graph]").attr("href")).startsWith("/css/graph");
	}

	@Test
	void aLimitAsksForMoreNeighboursOfEachKindWithinTheMaximum() throws Exception {
		assertThat(page("/researchers/PA1/graph?limit=25").select(".graph-explorer").attr("data-api"))
			.isEqualTo("/api/graph/researchers/PA1?depth=1&limit=25");
		this.mvc.perform(get("/researchers/PA1/graph?limit=0")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/researchers/PA1/graph?limit=51")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/researchers/PA1/graph?limit=many")).andExpect(status().isBadRequest());
	}

	@Test
	void servesTheGraphLibraryAndTheScript() throws Exception {
		Document page = page("/researchers/PA1/graph");

		this.mvc.perform(get(page.select("script[src*=cytoscape]").attr("src"))).andExpect(status().isOk());
		this.mvc.perform(get(page.select("script[src*=graph-explorer]").attr("src"))).andExpect(status().isOk());
	}

	@Test
	void unknownResearchersAreNotFound() throws Exception {
		this.mvc.perform(get("/researchers/PA999/graph")).andExpect(status().isNotFound());
	}

	private Document page(String url) throws Exception {
		String html = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
