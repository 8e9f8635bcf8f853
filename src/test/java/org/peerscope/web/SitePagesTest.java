package org.peerscope.web;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SitePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ResearcherMetricsService metrics;

	@BeforeEach
	void reset() {
		this.catalog.reset();
	}

	@Test
	void homeListsResearchersMostCitedFirstWithLinks() throws Exception {
		long ada = this.catalog.researcher("Ada Whitfield").insert();
		long grace = this.catalog.researcher("Grace Okafor").openToCollaborate().insert();
		this.catalog.work("Cited a lot").year(2020).citations(100).authors(grace).insert();
		this.catalog.work("Cited a little").year(2020).citations(1).authors(ada).insert();
		this.metrics.recompute(List.of(ada, grace));
		Document home = page("/");
		assertThat(home.select(".researcher-card__name").eachText()).containsExactly("Grace Okafor", "Ada Whitfield");
		assertThat(home.select(".researcher-card__name").first().attr("href"))
			.isEqualTo("/researchers/" + this.catalog.keyOfResearcher(grace));
		assertThat(home.select(".catalogue-counts dd").eachText()).containsExactly("2", "2", "0", "0");
	}

	@Test
	void homeSaysWhenTheCatalogueIsEmpty() throws Exception {
		assertThat(page("/").select(".empty-state").text()).contains("The catalogue is empty");
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void pingAnswersWithoutTouchingTheDatabase() throws Exception {
		QueryCounter.reset();
		this.mvc.perform(get("/ping")).andExpect(status().isOk()).andExpect(content().string("pong"));
		assertThat(QueryCounter.statements()).isZero();
	}

	@Test
	void staticAssetsAreServedWithContentHashesAndLongCaching() throws Exception {
		Document home = page("/");
		String stylesheet = home.selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(stylesheet).matches("/css/peerscope-[0-9a-f]{32}\\.css");
		String icon = home.selectFirst("link[rel=icon]").attr("href");
		assertThat(icon).matches("/img/favicon-[0-9a-f]{32}\\.svg");
		String htmx = home.select("script[src]")
			.eachAttr("src")
			.stream()
			.filter((src) -> src.startsWith("/webjars/"))
			.findFirst()
			.orElseThrow();
		assertThat(htmx).matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min-[0-9a-f]{32}\\.js");
		for (String asset : List.of(stylesheet, icon, htmx)) {
			this.mvc.perform(get(asset))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
		}
		// By its plain name a file changes with a release: kept, but asked for again.
		for (String plain : List.of("/css/peerscope.css", "/img/favicon.svg", "/webjars/htmx.org/dist/htmx.min.js")) {
			this.mvc.perform(get(plain))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "no-cache"))
				.andExpect(header().exists("Last-Modified"));
		}
		// Only the asset folders are static: anything else is a page or a 404, never a
		// file.
		this.mvc.perform(get("/application.yml")).andExpect(status().isNotFound());
	}

	@Test
	void pagesGoOutWithoutTheTemplatesIndentationAndWithWhatTheDataWroteUntouched() throws Exception {
		long ada = this.catalog.researcher("Ada Whitfield").insert();
		String abstractText = "Line one.\n\t\tIndented by its authors.";
		long work = this.catalog.work("Spaced out").year(2020).abstractText(abstractText).authors(ada).insert();
		this.metrics.recompute(List.of(ada));
		for (String url : List.of("/researchers/" + this.catalog.keyOfResearcher(ada),
				"/works/" + this.catalog.keyOfWork(work))) {
			String html = this.mvc.perform(get(url))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(url).contains(abstractText);
			assertThat(html.replace(abstractText, "")).as(url).doesNotContain("\n\t").doesNotContain("\n ");
		}
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
