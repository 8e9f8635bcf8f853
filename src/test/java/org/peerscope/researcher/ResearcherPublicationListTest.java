package org.peerscope.researcher;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.metrics.ResearcherMetricsService;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The researcher page's own blocks beyond the header: publication list controls, the
 * activity chart, actions, graph teaser and machine-readable data.
 */
@IntegrationTest
class ResearcherPublicationListTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ResearcherMetricsService metrics;

	@Autowired
	JsonMapper json;

	long ada;

	long grace;

	long topic;

	int thisYear = Year.now().getValue();

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		long northbridge = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		this.topic = this.catalog.topic("Graph Neural Network Models", "Computer Science");
		this.ada = this.catalog.researcher("Ada Whitfield")
			.openalexId("A5023888391")
			.orcid("0000-0002-1825-0097")
			.currentlyAt(northbridge, 2019)
			.insert();
		this.grace = this.catalog.researcher("Grace Okafor").currentlyAt(northbridge, 2015).insert();
		this.catalog.work("Beta: message passing")
			.published(LocalDate.of(this.thisYear - 1, 3, 2))
			.citations(5)
			.citationsIn(this.thisYear - 1, 2)
			.citationsIn(this.thisYear, 3)
			.authors(this.ada, this.grace)
			.topic(this.topic, true)
			.insert();
		this.catalog.work("Alpha: oversmoothing")
			.type("preprint")
			.year(this.thisYear - 5)
			.citations(40)
			.citationsIn(this.thisYear - 3, 40)
			.authors(this.ada, this.grace)
			.insert();
		this.catalog.work("Gamma: a dataset")
			.type("dataset")
			.year(this.thisYear - 8)
			.citations(1)
			.authors(this.ada)
			.insert();
		this.metrics.recompute(List.of(this.ada, this.grace));
	}

	@Test
	void sortsByDateCitationsOrTitle() throws Exception {
		assertThat(titles("/researchers/A5023888391")).containsExactly("Beta: message passing", "Alpha: oversmoothing",
				"Gamma: a dataset");
		assertThat(titles("/researchers/A5023888391?sort=citations")).containsExactly("Alpha: oversmoothing",
				"Beta: message passing", "Gamma: a dataset");
		assertThat(titles("/researchers/A5023888391?sort=title")).containsExactly("Alpha: oversmoothing",
				"Beta: message passing", "Gamma: a dataset");
		// An unknown order falls back to newest first rather than failing.
		assertThat(titles("/researchers/A5023888391?sort=drop+table")).containsExactly("Beta: message passing",
				"Alpha: oversmoothing", "Gamma: a dataset");
		Document page = page("/researchers/A5023888391?sort=title");
		assertThat(page.select("select[name=sort] option[selected]").text()).isEqualTo("Title (A–Z)");
	}

	@Test
	void filtersByTypeAndYearRange() throws Exception {
		Document page = page("/researchers/A5023888391?type=preprint");
		assertThat(page.select(".work__title").eachText()).containsExactly("Alpha: oversmoothing");
		assertThat(page.select(".publications .section-header p").text()).isEqualTo("1 of 3 works match");
		// The type filter offers the types the researcher has, in words.
		assertThat(page.select("select[name=type] option").eachText()).containsExactly("All types", "Article",
				"Dataset", "Preprint");
		assertThat(titles("/researchers/A5023888391?from=" + (this.thisYear - 6) + "&to=" + (this.thisYear - 1)))
			.containsExactly("Beta: message passing", "Alpha: oversmoothing");
		// Reversed bounds are read the right way round; nonsense types are ignored.
		assertThat(titles("/researchers/A5023888391?from=" + this.thisYear + "&to=" + (this.thisYear - 1)))
			.containsExactly("Beta: message passing");
		assertThat(titles("/researchers/A5023888391?type=<script>")).hasSize(3);
		Document none = page("/researchers/A5023888391?type=book");
		assertThat(none.select(".empty-state").text()).isEqualTo("No works match these filters.");
		assertThat(none.select(".work-filters__reset").attr("href")).isEqualTo("/researchers/A5023888391");
	}

	@Test
	void pagesKeepTheSortAndFilters() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.catalog.work("Extra " + i).year(2000 + i % 10).citations(i).authors(this.ada).insert();
		}
		Document first = page("/researchers/A5023888391?sort=citations&type=article");
		assertThat(first.select(".work")).hasSize(20);
		String next = first.selectFirst(".pager a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/researchers/A5023888391?sort=citations&type=article&page=2");
		Document second = page(next);
		assertThat(second.select(".work")).hasSize(11);
		assertThat(second.select(".pager__position").text()).isEqualTo("Page 2 of 2");
		assertThat(second.select(".work__title").last().text()).isEqualTo("Extra 0");
	}

	@Test
	void anHtmxRequestGetsOnlyThePublicationList() throws Exception {
		String html = this.mvc
			.perform(get("/researchers/A5023888391?sort=title").header("HX-Request", "true")
				.header("HX-Target", "publications"))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", hasItem("HX-Target")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document fragment = Jsoup.parseBodyFragment(html);
		assertThat(fragment.select("section#publications")).hasSize(1);
		assertThat(fragment.select("h1, .site-header, .profile-header")).isEmpty();
		assertThat(fragment.select(".work__title").eachText()).first().isEqualTo("Alpha: oversmoothing");
	}

	@Test
	void pinnedWorksComeFirstAndAreMarked() throws Exception {
		long gamma = this.catalog.jdbc()
			.sql("select id from works where title = 'Gamma: a dataset'")
			.query(Long.class)
			.single();
		this.catalog.jdbc()
			.sql("insert into researcher_pinned_works (researcher_id, work_id, position) values (?, ?, 1)")
			.params(this.ada, gamma)
			.update();
		Document page = page("/researchers/A5023888391");
		assertThat(page.select(".work__title").eachText()).first().isEqualTo("Gamma: a dataset");
		assertThat(page.selectFirst(".work").select(".badge--pinned").text()).isEqualTo("Pinned");
		assertThat(page.select(".badge--pinned")).hasSize(1);
	}

	@Test
	void eachItemLinksToItsWorkPageAndCanShowTheWholeByline() throws Exception {
		this.catalog.work("A consortium paper")
			.year(this.thisYear)
			.authors("B. One", "C. Two", "D. Three", "E. Four", this.ada, "F. Five")
			.insert();
		Document page = page("/researchers/A5023888391");
		Element consortium = page.selectFirst(".work");
		String workHref = consortium.selectFirst(".work__title a").attr("href");
		assertThat(workHref).matches("/works/PW[0-9]+");
		Element etAl = consortium.selectFirst("a.etal");
		assertThat(etAl.text()).isEqualTo("et al. (+2 more)");
		assertThat(etAl.attr("href")).isEqualTo(workHref + "#authors");
		String byline = this.mvc.perform(get(etAl.attr("hx-get")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element full = Jsoup.parseBodyFragment(byline).selectFirst(".work__authors");
		assertThat(full.text()).isEqualTo("B. One, C. Two, D. Three, E. Four, Ada Whitfield, F. Five");
		assertThat(full.select(".author--me").text()).isEqualTo("Ada Whitfield");
		this.mvc.perform(get(workHref)).andExpect(status().isOk());
	}

	@Test
	void chartsTheLastTenYearsWithZerosForEmptyYears() throws Exception {
		Document page = page("/researchers/A5023888391");
		Element citations = page.selectFirst(".year-chart--citations");
		assertThat(citations.select("tbody tr")).hasSize(10);
		assertThat(citations.select("tbody th").first().text()).isEqualTo(String.valueOf(this.thisYear - 9));
		assertThat(citations.select("tbody th").last().text()).isEqualTo(String.valueOf(this.thisYear));
		assertThat(citations.select("tbody td").eachText()).containsExactly("0", "0", "0", "0", "0", "0", "40", "0",
				"2", "3");
		assertThat(citations.select("svg rect")).hasSize(10);
		Element works = page.selectFirst(".year-chart--works");
		assertThat(works.select("tbody td").eachText()).containsExactly("0", "1", "0", "0", "1", "0", "0", "0", "1",
				"0");
		// The tallest bar reaches the top of the plot; empty years have no height.
		List<Integer> heights = citations.select("svg rect").eachAttr("height").stream().map(Integer::valueOf).toList();
		assertThat(heights.get(6)).isEqualTo(heights.stream().max(Integer::compare).orElseThrow()).isPositive();
		assertThat(heights.get(0)).isZero();
	}

	@Test
	void saysWhatFollowClaimAndCollaborationDoForAnAnonymousVisitor() throws Exception {
		Document page = page("/researchers/A5023888391");
		assertThat(page.select(".action-panel--follow .follow__count").text()).isEqualTo("No followers");
		assertThat(page.select(".action-panel--follow a.follow__action").text()).isEqualTo("Log in to follow");
		assertThat(page.select(".action-panel--claim").text()).contains(
				"Claiming links this public author record to one account and unlocks direct collaboration",
				"Log in to claim");
		// The collaboration panel is the viewer's own: loaded by htmx
		// (CollaborationPanelTest has its texts).
		assertThat(page.select(".action-panel--collaborate").attr("hx-get"))
			.isEqualTo("/researchers/A5023888391/collaboration");
		assertThat(page.select(".action-panel--collaborate a").attr("href"))
			.isEqualTo("/researchers/A5023888391/invite");
	}

	@Test
	void loadsTheGraphTeaserLazilyWithCollaboratorsInstitutionsAndTopics() throws Exception {
		Document page = page("/researchers/A5023888391");
		Element teaser = page.selectFirst("#graph-teaser");
		assertThat(teaser.attr("hx-get")).isEqualTo("/researchers/A5023888391/teaser");
		assertThat(teaser.attr("hx-trigger")).isEqualTo("load");
		assertThat(teaser.select(".skeleton")).hasSize(1);
		assertThat(teaser.select("a").attr("href")).isEqualTo("/researchers/A5023888391/graph");

		Document content = Jsoup.parseBodyFragment(this.mvc.perform(get("/researchers/a5023888391/teaser"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(content.select(".teaser-group").get(0).select("li").text()).isEqualTo("Grace Okafor 2 shared works");
		assertThat(content.select(".teaser-group").get(1).select("li").text())
			.isEqualTo("University of Northbridge 1 collaborator");
		assertThat(content.select(".teaser-group").get(2).select("a").text()).isEqualTo("Graph Neural Network Models");
		assertThat(content.select("a.button").attr("href")).isEqualTo("/researchers/A5023888391/graph");
		this.mvc.perform(get("/researchers/A999/teaser")).andExpect(status().isNotFound());
	}

	@Test
	void describesThePersonInJsonLdAndLinkPreviewMeta() throws Exception {
		Document page = page("/researchers/A5023888391");
		JsonNode person = this.json.readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(person.get("@type").asString()).isEqualTo("Person");
		assertThat(person.get("name").asString()).isEqualTo("Ada Whitfield");
		assertThat(person.get("affiliation").get(0).get("name").asString()).isEqualTo("University of Northbridge");
		assertThat(person.get("sameAs").get(0).asString()).isEqualTo("https://orcid.org/0000-0002-1825-0097");
		assertThat(person.get("sameAs").get(1).asString()).isEqualTo("https://openalex.org/A5023888391");
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost/researchers/A5023888391");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Ada Whitfield");
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
	}

	@Test
	void linksTopicsAndInstitutionsToTheirPages() throws Exception {
		Document page = page("/researchers/A5023888391");
		assertThat(page.select(".profile-header__affiliation a").attr("href")).isEqualTo("/institutions/PI1");
		assertThat(page.select(".profile-header__affiliation").text()).contains("since 2019");
		assertThat(page.select(".chips .chip a").attr("href")).isEqualTo("/topics/PT1");
	}

	@Test
	void servesThePublicationListAsJson() throws Exception {
		this.mvc.perform(get("/api/researchers/a5023888391/works?sort=citations&size=2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.researcher").value("A5023888391"))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.sort").value("citations"))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].title").value("Alpha: oversmoothing"))
			.andExpect(jsonPath("$.items[0].type").value("preprint"))
			.andExpect(jsonPath("$.items[0].citedByCount").value(40))
			.andExpect(jsonPath("$.items[0].authors[0].name").value("Ada Whitfield"))
			.andExpect(jsonPath("$.items[0].authors[0].researcherKey").value("A5023888391"));
		this.mvc.perform(get("/api/researchers/A5023888391/works?page=2&size=2"))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].title").value("Gamma: a dataset"));
		this.mvc.perform(get("/api/researchers/A5023888391/works?size=100000"))
			.andExpect(jsonPath("$.size").value(100));
		this.mvc.perform(get("/api/researchers/A999/works")).andExpect(status().isNotFound());
	}

	private List<String> titles(String url) throws Exception {
		return page(url).select(".work__title").eachText();
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
