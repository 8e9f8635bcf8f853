package org.peerscope.work;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.QueryCounter;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WorkPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	JsonMapper json;

	int thisYear = Year.now().getValue();

	long ada;

	long northbridge;

	long topic;

	String key;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		this.northbridge = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		long kestrel = this.catalog.institution("Kestrel Bay University", "US", "kestrelbay.edu");
		this.topic = this.catalog.topic("Graph Neural Network Models", "Computer Science");
		long journal = this.catalog.source("Journal of Machine Intelligence Research");
		this.ada = this.catalog.researcher("Ada Whitfield")
			.currentlyAt(this.northbridge, 2019)
			.formerlyAt(kestrel, 2010, 2018)
			.insert();
		long work = this.catalog.work("Message passing on <molecular> graphs")
			.published(LocalDate.of(2021, 3, 2))
			.citations(12)
			.citationsIn(this.thisYear - 2, 5)
			.citationsIn(this.thisYear, 7)
			.doi("10.5555/test.1")
			.arxivId("2101.01234")
			.venue(journal)
			.abstractText("We study message passing.")
			.authors("R. Castellanos", this.ada)
			.topic(this.topic, true)
			.insert();
		this.key = this.catalog.keyOfWork(work);
	}

	@Test
	void showsTheWorkWithItsAuthorsTopicsLinksAndCitationChart() throws Exception {
		Document page = page("/works/" + this.key.toLowerCase());
		assertThat(page.title()).isEqualTo("Message passing on <molecular> graphs — Peerscope");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Message passing on <molecular> graphs");
		assertThat(page.select(".work__meta .badge--type").text()).isEqualTo("Article");
		assertThat(page.select(".work__meta time").text()).isEqualTo("2 Mar 2021");
		assertThat(page.select(".work__venue").text()).isEqualTo("Journal of Machine Intelligence Research");
		assertThat(page.select(".identifier--doi a").attr("href")).isEqualTo("https://doi.org/10.5555/test.1");
		assertThat(page.select(".identifier--arxiv a").attr("href")).isEqualTo("https://arxiv.org/abs/2101.01234");
		assertThat(page.select(".author-list__item").eachText()).containsExactly("R. Castellanos",
				"Ada Whitfield University of Northbridge");
		// In 2021 Ada was at Northbridge (since 2019), not at Kestrel Bay (until 2018).
		assertThat(page.select(".author-list__item a").eachAttr("href"))
			.containsExactly("/researchers/" + this.catalog.keyOfResearcher(this.ada), "/institutions/PI1");
		assertThat(page.select(".topic-list a").attr("href")).isEqualTo("/topics/PT1");
		assertThat(page.select(".work-page__abstract").text()).isEqualTo("We study message passing.");
		assertThat(page.select(".year-chart tbody td").eachText()).hasSize(10).endsWith("5", "0", "7");
		assertThat(page.select(".export-links a").eachAttr("href")).containsExactly(
				"/works/" + this.key + "/export?format=bibtex", "/works/" + this.key + "/export?format=ris",
				"/works/" + this.key + "/export?format=csl-json");
		for (String href : page.select("main a[href^=/]").eachAttr("href")) {
			this.mvc.perform(get(href)).andExpect(status().isOk());
		}
	}

	@Test
	void describesTheArticleInJsonLd() throws Exception {
		Document page = page("/works/" + this.key);
		JsonNode article = this.json.readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(article.get("@type").asString()).isEqualTo("ScholarlyArticle");
		assertThat(article.get("name").asString()).isEqualTo("Message passing on <molecular> graphs");
		assertThat(article.get("datePublished").asString()).isEqualTo("2021-03-02");
		assertThat(article.get("author").get(1).get("name").asString()).isEqualTo("Ada Whitfield");
		assertThat(page.selectFirst("script[type=application/ld+json]").data()).doesNotContain("<molecular>");
		assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/works/" + this.key);
	}

	@Test
	void listsReferencesCitingAndRelatedWorksThatAreInTheCatalogue() throws Exception {
		JdbcHelper db = new JdbcHelper(this.catalog);
		long cited = this.catalog.work("An older work").year(2015).insert();
		long citing = this.catalog.work("A newer work").year(2023).insert();
		long related = this.catalog.work("A related work").year(2020).insert();
		db.openalex(cited, "W100");
		db.openalex(related, "W300");
		long main = db.idOf(this.key);
		db.openalex(main, "W200");
		db.sql("insert into work_references values (?, 'W100'), (?, 'W999')", main, main);
		db.sql("insert into work_references values (?, 'W200')", citing);
		db.sql("insert into related_works values (?, 'W300')", main);
		Document page = page("/works/W200");
		assertThat(page.select("#references-heading + ul a").eachText()).containsExactly("An older work");
		assertThat(page.select("#citedBy-heading + ul a").eachText()).containsExactly("A newer work");
		assertThat(page.select("#related-heading + ul a").eachText()).containsExactly("A related work");
		assertThat(page.select(".identifier--openalex a").attr("href")).isEqualTo("https://openalex.org/W200");
	}

	@Test
	void servesTheWorkAsJson() throws Exception {
		this.mvc.perform(get("/api/works/" + this.key))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.key").value(this.key))
			.andExpect(jsonPath("$.title").value("Message passing on <molecular> graphs"))
			.andExpect(jsonPath("$.type").value("article"))
			.andExpect(jsonPath("$.publicationDate").value("2021-03-02"))
			.andExpect(jsonPath("$.venue.name").value("Journal of Machine Intelligence Research"))
			.andExpect(jsonPath("$.doi").value("10.5555/test.1"))
			.andExpect(jsonPath("$.openalexId").value(nullValue()))
			.andExpect(jsonPath("$.citedByCount").value(12))
			.andExpect(jsonPath("$.citationsByYear.length()").value(10))
			.andExpect(jsonPath("$.authors[1].name").value("Ada Whitfield"))
			.andExpect(jsonPath("$.authors[1].institutions[0].name").value("University of Northbridge"))
			.andExpect(jsonPath("$.topics[0].name").value("Graph Neural Network Models"));
		this.mvc.perform(get("/api/works/W1")).andExpect(status().isNotFound());
		this.mvc.perform(get("/works/W1").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/works/nonsense").accept("text/html")).andExpect(status().isNotFound());
	}

	@Test
	void costsTheSameStatementsWhateverTheBylineAndReferences() throws Exception {
		long small = this.catalog.work("Small").year(2020).authors(this.ada).insert();
		Object[] authors = new Object[300];
		for (int i = 0; i < authors.length; i++) {
			authors[i] = (i % 3 == 0)
					? (Object) this.catalog.researcher("Author " + i).currentlyAt(this.northbridge, 2000).insert()
					: "External " + i;
		}
		long big = this.catalog.work("Consortium").year(2022).authors(authors).topic(this.topic, true).insert();
		JdbcHelper db = new JdbcHelper(this.catalog);
		for (int i = 0; i < 30; i++) {
			long other = this.catalog.work("Cited " + i).year(2010).insert();
			db.openalex(other, "W" + (1000 + i));
			db.sql("insert into work_references values (?, ?)", big, "W" + (1000 + i));
		}
		long forSmall = statementsFor("/works/" + this.catalog.keyOfWork(small));
		long forBig = statementsFor("/works/" + this.catalog.keyOfWork(big));
		assertThat(forBig).isEqualTo(forSmall).isLessThanOrEqualTo(4);
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

	/** Small SQL helpers the catalogue builder does not offer. */
	record JdbcHelper(TestCatalog catalog) {

		void openalex(long workId, String openalexId) {
			sql("update works set openalex_id = ?, public_key = ? where id = ?", openalexId, openalexId, workId);
		}

		long idOf(String key) {
			return this.catalog.jdbc()
				.sql("select id from works where public_key = ?")
				.param(key)
				.query(Long.class)
				.single();
		}

		void sql(String sql, Object... params) {
			this.catalog.jdbc().sql(sql).params(List.of(params)).update();
		}

	}

}
