package org.peerscope.search;

import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerscope.metrics.ResearcherMetricsService;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search pages, the header's suggestions and the JSON API over MockMvc.
 */
@IntegrationTest
class SearchPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ResearcherMetricsService metrics;

	SearchCatalogue c;

	@BeforeEach
	void catalogue() {
		this.c = new SearchCatalogue(this.catalog, this.metrics);
	}

	Document page(String path, Object... params) throws Exception {
		var request = get(path);
		for (int i = 0; i < params.length; i += 2) {
			request = request.param((String) params[i], (String) params[i + 1]);
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	@Test
	void overviewGroupsResultsByKindWithCountsAndLinks() throws Exception {
		this.catalog.work("Random graph models").year(2001).citations(1).insert();
		Document page = page("/search", "q", "graph");
		assertThat(page.select("h2").eachText()).containsExactly("Works", "Topics");
		assertThat(page.select("#group-works ~ .search-group__count, .search-group__count").first().text())
			.isEqualTo("6 found");
		assertThat(page.select(".hit--work .hit__title").first().attr("href")).startsWith("/works/");
		assertThat(page.select(".search-group__more").attr("href")).isEqualTo("/search/works?q=graph");
		assertThat(page.select("#site-search").val()).isEqualTo("graph");
	}

	@Test
	void researchersShowADisambiguatingAffiliation() throws Exception {
		Document page = page("/search", "q", "Zhang");
		assertThat(page.select(".hit--researcher .hit__title").eachText()).containsExactly("Wei Zhang", "Dechen Zhang",
				"Zhang Li");
		assertThat(page.select(".hit--researcher .hit__detail").eachText()).containsExactly("University of Northbridge",
				"Tsinghua University", "Tsinghua University");
		assertThat(page.select(".hit--researcher .hit__title").first().attr("href"))
			.isEqualTo("/researchers/" + this.c.key(this.c.wei));
	}

	@Test
	void identifiersGoStraightToTheRecord() throws Exception {
		this.mvc.perform(get("/search").param("q", "0000-0002-1825-0097"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/researchers/" + this.c.key(this.c.dechen)));
		this.mvc.perform(get("/search").param("q", "https://openalex.org/A5023888391"))
			.andExpect(redirectedUrl("/researchers/A5023888391"));
		this.mvc.perform(get("/search").param("q", "doi:10.1234/MPMG.2024"))
			.andExpect(redirectedUrl("/works/" + this.c.workKey(this.c.messagePassing)));
		this.mvc.perform(get("/search/works").param("q", "https://arxiv.org/abs/2401.01234v1"))
			.andExpect(redirectedUrl("/works/" + this.c.workKey(this.c.messagePassing)));
		this.mvc.perform(get("/search/researchers").param("q", "orcid.org/0000-0002-1825-0097"))
			.andExpect(redirectedUrl("/researchers/" + this.c.key(this.c.dechen)));
	}

	@Test
	void anUnknownIdentifierSaysSo() throws Exception {
		assertThat(page("/search", "q", "10.9999/nothing.here").select(".search-notice").text())
			.contains("Nothing in Peerscope has the identifier “10.9999/nothing.here”");
	}

	@Test
	void researcherPageFiltersAndPages() throws Exception {
		Document page = page("/search/researchers", "q", "Zhang", "institution", "tsinghua");
		assertThat(page.select(".hit--researcher .hit__title").eachText()).containsExactly("Dechen Zhang", "Zhang Li");
		assertThat(page.select("#filter-institution").val()).isEqualTo("tsinghua");
		assertThat(page.select(".field__error")).isEmpty();
	}

	@Test
	void researcherFilterErrorsShowNextToTheField() throws Exception {
		Document page = page("/search/researchers", "q", "Zhang", "institution", "x".repeat(300));
		assertThat(page.select("#filter-institution ~ .field__error").text()).isEqualTo("Use at most 200 characters.");
		// The invalid filter is left out; the search still answers.
		assertThat(page.select(".hit--researcher")).hasSize(3);
	}

	@Test
	void workPageFiltersByTypeYearsAndVenue() throws Exception {
		assertThat(page("/search/works", "q", "graph", "type", "preprint").select(".hit--work .hit__title").eachText())
			.containsExactly("Graph neural networks for molecules");
		assertThat(page("/search/works", "q", "graph", "from", "2015", "to", "2016").select(".hit--work .hit__title")
			.eachText()).containsExactly("Graph kernels for crystals", "Graph kernels for proteins");
		assertThat(page("/search/works", "q", "graph", "venue", "physical review").select(".hit--work .hit__title")
			.eachText()).containsExactly("Quantum error correction with surface codes");
	}

	@Test
	void workFilterErrorsShowNextToTheFields() throws Exception {
		Document notAYear = page("/search/works", "q", "graph", "from", "abc", "page", "x", "claimed", "maybe");
		assertThat(notAYear.select("#filter-from ~ .field__error").text()).isEqualTo("Enter a year, such as 2021.");
		assertThat(notAYear.select("#filter-from").val()).isEqualTo("abc");
		assertThat(notAYear.select(".hit--work")).hasSize(5);
		Document reversed = page("/search/works", "q", "graph", "from", "2020", "to", "2010");
		assertThat(reversed.select(".field__error").text()).isEqualTo("“From” must not be after “to”.");
		Document outOfRange = page("/search/works", "q", "graph", "to", "99999");
		assertThat(outOfRange.select("#filter-to ~ .field__error").text()).isEqualTo("Between 1500 and 2200.");
		Document unknownType = page("/search/works", "q", "graph", "type", "'; drop table works; --");
		assertThat(unknownType.select("#filter-type ~ .field__error").text()).isEqualTo("Choose a type from the list.");
		assertThat(unknownType.select(".hit--work")).hasSize(5);
	}

	@Test
	void paginationKeepsTheQueryAndFilters() throws Exception {
		for (int i = 0; i < 25; i++) {
			this.catalog.work("Graph sampling part " + i).year(2020).citations(i).insert();
		}
		Document first = page("/search/works", "q", "graph sampling", "from", "2019");
		assertThat(first.select(".hit--work")).hasSize(20);
		String next = first.select(".pager a[rel=next]").attr("href");
		assertThat(next).contains("q=graph").contains("from=2019").contains("page=2");
		Document second = page("/search/works", "q", "graph sampling", "from", "2019", "page", "2");
		assertThat(second.select(".hit--work")).hasSize(5);
	}

	@Test
	void topicsAndInstitutionsHaveTheirOwnFullList() throws Exception {
		Document page = page("/search", "q", "university", "kind", "institutions");
		assertThat(page.select(".hit--institution .hit__title").eachText()).contains("University of Northbridge",
				"Eötvös Loránd University", "Tsinghua University");
		this.mvc.perform(get("/search").param("q", "Zhang").param("kind", "researchers"))
			.andExpect(redirectedUrl("/search/researchers?q=Zhang"));
	}

	@Test
	void suggestionsAreListboxOptionsWithKindAndDetail() throws Exception {
		Document fragment = page("/search", "q", "Zhang", "suggest", "1");
		assertThat(fragment.select("[role=option]").size()).isEqualTo(4);
		assertThat(fragment.select("[role=option] .suggestion__kind").first().text()).isEqualTo("Researcher");
		assertThat(fragment.select("[role=option] .suggestion__detail").first().text())
			.isEqualTo("University of Northbridge");
		assertThat(fragment.select("#suggestion-all a").attr("href")).isEqualTo("/search?q=Zhang");
		assertThat(fragment.select("main, header")).isEmpty();
		assertThat(page("/search", "q", "Z", "suggest", "1").select("[role=option]")).isEmpty();
	}

	@Test
	void suggestionsShowAWorkWithYearAndAuthorAsYouType() throws Exception {
		Document fragment = page("/search", "q", "kernels for crys", "suggest", "1");
		assertThat(fragment.select(".suggestion__name").eachText()).contains("Graph kernels for crystals");
		assertThat(fragment.select(".suggestion__detail").eachText()).contains("2016 · Zhang Li");
	}

	@Test
	void everyPageHasTheSearchBox() throws Exception {
		Document home = page("/");
		assertThat(home.select("header form[role=search] input[role=combobox]")).hasSize(1);
		assertThat(home.select("#site-search").attr("aria-controls")).isEqualTo("search-suggestions");
		assertThat(home.select("script[src*=search-box]")).hasSize(1);
		assertThat(home.select("[style]")).isEmpty();
	}

	@Test
	void apiAnswersWithGroupsOfHits() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "Zhang"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value("Zhang"))
			.andExpect(jsonPath("$.kind").value("all"))
			.andExpect(jsonPath("$.researchers.total").value(3))
			.andExpect(jsonPath("$.researchers.items[0].displayName").value("Wei Zhang"))
			.andExpect(jsonPath("$.researchers.items[0].affiliation").value("University of Northbridge"))
			.andExpect(jsonPath("$.researchers.items[0].url").value("/researchers/" + this.c.key(this.c.wei)))
			.andExpect(jsonPath("$.works.total").value(0))
			.andExpect(jsonPath("$.redirect").doesNotExist());
		this.mvc.perform(get("/api/search").param("q", "graph kernels").param("kind", "works"))
			.andExpect(jsonPath("$.works.items[0].title").value("Graph kernels for crystals"))
			.andExpect(jsonPath("$.works.items[0].year").value(2016))
			.andExpect(jsonPath("$.researchers").doesNotExist());
		this.mvc.perform(get("/api/search").param("q", "10.1234/mpmg.2024"))
			.andExpect(jsonPath("$.redirect").value("/works/" + this.c.workKey(this.c.messagePassing)));
		this.mvc.perform(get("/api/search").param("q", "x").param("kind", "works"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.message").value("Type at least 2 letters or digits to search."))
			.andExpect(jsonPath("$.works.total").value(0));
		this.mvc.perform(get("/api/search").param("q", "Zhang").param("kind", "people"))
			.andExpect(status().isBadRequest());
	}

	static Stream<Arguments> badInput() {
		return Stream
			.of("", " ", "a", "%", "_", "%%", "%_%", "'", "\"", "''", "\"\"\"", "\\", "'; drop table works; --",
					"\" OR 1=1 --", "Zhang' or '1'='1", "a\u0000b", "\u0000", "🔬🧪", "Zhang 🔬", "((((", "!!!",
					"&|!<->:*", "graph & | !", "<script>alert(1)</script>", "x".repeat(1000), "Zhang ".repeat(200),
					"%E0%A4%A", "\uD800", "١٢٣", "张德臣", "---", "-graph", "\"unclosed phrase", "::", "a:*")
			.flatMap((q) -> Stream.of("/search", "/search/researchers", "/search/works", "/api/search")
				.map((path) -> Arguments.of(path, q)));
	}

	@ParameterizedTest
	@MethodSource("badInput")
	void badInputGetsAnAnswerNeverAnError(String path, String q) throws Exception {
		MvcResult result = this.mvc.perform(get(path).param("q", q)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		this.mvc.perform(get("/search").param("q", q).param("suggest", "1")).andExpect(status().isOk());
	}

	@Test
	void wildcardsMatchNothingRatherThanEverything() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "%%").param("kind", "researchers"))
			.andExpect(jsonPath("$.researchers.total").value(0))
			.andExpect(jsonPath("$.message").value("Type at least 2 letters or digits to search."));
		this.mvc.perform(get("/api/search").param("q", "Zh%").param("kind", "researchers"))
			.andExpect(jsonPath("$.researchers.items[0].displayName").value("Wei Zhang"));
		this.mvc.perform(get("/api/search").param("q", "__").param("kind", "researchers"))
			.andExpect(jsonPath("$.researchers.total").value(0));
		this.mvc.perform(get("/api/search").param("q", "_ _ %").param("kind", "works"))
			.andExpect(jsonPath("$.works.total").value(0));
	}

	@Test
	void longInputIsShortenedWithANotice() throws Exception {
		Document page = page("/search", "q", "Zhang " + "x".repeat(1000));
		assertThat(page.select(".search-notice").text())
			.isEqualTo("Your search was shortened to its first 200 characters.");
	}

	@Test
	void emptyAndTooShortQueriesGetAMessage() throws Exception {
		assertThat(page("/search").select(".search-notice").text()).startsWith("Type a researcher’s name");
		assertThat(page("/search", "q", "Z").select(".search-notice").text())
			.isEqualTo("Type at least 2 letters or digits to search.");
		assertThat(page("/search/works", "q", "🔬").select(".search-notice").text())
			.isEqualTo("Type at least 2 letters or digits to search.");
	}

	@Test
	void noResultsSaysSo() throws Exception {
		assertThat(page("/search", "q", "qwxzv").select(".empty-state").text()).startsWith("Nothing matches “qwxzv”");
	}

}
