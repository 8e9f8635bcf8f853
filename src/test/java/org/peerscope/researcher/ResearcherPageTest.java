package org.peerscope.researcher;

import java.time.LocalDate;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ResearcherPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ResearcherMetricsService metrics;

	long ada;

	long grace;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		long northbridge = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		long kestrel = this.catalog.institution("Kestrel Bay University", "US", "kestrelbay.edu");
		long topic = this.catalog.topic("Graph Neural Network Models", "Computer Science");
		long journal = this.catalog.source("Journal of Machine Intelligence Research");
		this.ada = this.catalog.researcher("Ada Whitfield")
			.openalexId("A5023888391")
			.orcid("0000-0002-1825-0097")
			.openToCollaborate()
			.alsoKnownAs("A. Whitfield")
			.currentlyAt(northbridge, 2019)
			.formerlyAt(kestrel, 2012, 2018)
			.insert();
		this.grace = this.catalog.researcher("Grace Okafor").insert();
		this.catalog.work("Message passing on molecular graphs")
			.published(LocalDate.of(2024, 3, 2))
			.citations(12)
			.doi("10.5555/test.1")
			.venue(journal)
			.abstractText("We study message passing. ".repeat(30))
			.authors(this.grace, "R. Castellanos", "M. Lindgren", "H. Oyelaran", this.ada)
			.topic(topic, true)
			.insert();
		this.catalog.work("Oversmoothing in deep graph networks")
			.type("preprint")
			.year(2022)
			.citations(3)
			.arxivId("2201.01234")
			.authors(this.ada, this.grace)
			.insert();
		this.metrics.recompute(java.util.List.of(this.ada, this.grace));
	}

	@Test
	void showsWhoTheResearcherIsAndWhatTheyPublished() throws Exception {
		Document page = page("/researchers/A5023888391");
		assertThat(page.title()).isEqualTo("Ada Whitfield — Peerscope");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Ada Whitfield");
		assertThat(page.selectFirst(".profile-header__affiliation").text()).contains("University of Northbridge");
		assertThat(page.select(".badge--open").text()).isEqualTo("Open to collaborate");
		assertThat(page.select(".identifier--orcid a").attr("href")).isEqualTo("https://orcid.org/0000-0002-1825-0097");
		assertThat(page.select(".alternative-names li").eachText()).containsExactly("A. Whitfield");
		assertThat(page.select(".badge--unclaimed").first().text()).isEqualTo("Unclaimed author");
		assertThat(page.select(".affiliation-list li").text()).contains("Kestrel Bay University", "2012–2018");
	}

	@Test
	void showsCountersAndMetricsComputedFromTheWorks() throws Exception {
		Document page = page("/researchers/A5023888391");
		assertThat(tile(page, "Works")).isEqualTo("2");
		assertThat(tile(page, "Followers")).isEqualTo("0");
		assertThat(tile(page, "Topics")).isEqualTo("1");
		// Grace shares both works with Ada: a close collaborator.
		assertThat(tile(page, "Close collaborators")).isEqualTo("1");
		assertThat(metric(page, "Citations")).isEqualTo("15");
		assertThat(metric(page, "h-index")).isEqualTo("2");
		assertThat(metric(page, "i10-index")).isEqualTo("1");
	}

	@Test
	void listsWorksNewestFirstWithBylineAndAbstract() throws Exception {
		Document page = page("/researchers/a5023888391");
		assertThat(page.select(".work__title").eachText()).containsExactly("Message passing on molecular graphs",
				"Oversmoothing in deep graph networks");
		Element first = page.selectFirst(".work");
		assertThat(first.select(".badge--type").text()).isEqualTo("Article");
		assertThat(first.select("time").text()).isEqualTo("2 Mar 2024");
		assertThat(first.select(".work__venue").text()).isEqualTo("Journal of Machine Intelligence Research");
		// The first three authors, a gap, then the profile's researcher highlighted (5th
		// of 5).
		assertThat(first.select(".work__authors").text())
			.isEqualTo("Grace Okafor, R. Castellanos, M. Lindgren, …, Ada Whitfield");
		assertThat(first.select(".author--me").text()).isEqualTo("Ada Whitfield");
		assertThat(first.select(".work__authors a").attr("href"))
			.isEqualTo("/researchers/" + this.catalog.keyOfResearcher(this.grace));
		assertThat(first.select("details.work__abstract summary .more-link").text()).isEqualTo("more");
		assertThat(first.select(".work__links a").attr("href")).isEqualTo("https://doi.org/10.5555/test.1");
		Element second = page.select(".work").get(1);
		assertThat(second.select("time").text()).isEqualTo("2022");
		assertThat(second.select(".work__links a").attr("href")).isEqualTo("https://arxiv.org/abs/2201.01234");
	}

	@Test
	void saysWhenTheAffiliationIsUnknown() throws Exception {
		Document page = page("/researchers/" + this.catalog.keyOfResearcher(this.grace));
		assertThat(page.selectFirst(".profile-header__affiliation").text()).isEqualTo("Affiliation not imported");
		assertThat(page.select(".badge--open")).isEmpty();
		assertThat(page.select(".identifier--orcid")).isEmpty();
	}

	@Test
	void marksEtAlWhenAuthorsAfterTheShownOnesAreLeftOut() throws Exception {
		this.catalog.work("A consortium paper")
			.year(2025)
			.authors(this.ada, "B. One", "C. Two", "D. Three", "E. Four", "F. Five")
			.insert();
		Document page = page("/researchers/A5023888391");
		Element consortium = page.selectFirst(".work");
		assertThat(consortium.select(".work__authors").text())
			.isEqualTo("Ada Whitfield, B. One, C. Two et al. (+3 more)");
	}

	@Test
	void pagesThroughLongPublicationLists() throws Exception {
		for (int i = 0; i < 25; i++) {
			this.catalog.work("Extra work " + i).year(2000 + i).authors(this.grace).insert();
		}
		String key = this.catalog.keyOfResearcher(this.grace);
		Document first = page("/researchers/" + key);
		assertThat(first.select(".work")).hasSize(20);
		assertThat(first.select(".pager__position").text()).isEqualTo("Page 1 of 2");
		Document second = page("/researchers/" + key + "?page=2");
		assertThat(second.select(".work")).hasSize(7);
		assertThat(second.select(".work__title").last().text()).isEqualTo("Extra work 0");
		assertThat(page("/researchers/" + key + "?page=-3").select(".pager__position").text()).isEqualTo("Page 1 of 2");
	}

	@Test
	void escapesWhatImportedDataContains() throws Exception {
		long mallory = this.catalog.researcher("<script>alert(1)</script> Mallory").insert();
		this.catalog.work("<img src=x onerror=alert(2)>")
			.year(2020)
			.authors(mallory)
			.abstractText("<b>bold</b>")
			.insert();
		String html = this.mvc.perform(get("/researchers/" + this.catalog.keyOfResearcher(mallory)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x").doesNotContain("<b>bold");
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; Mallory");
	}

	@Test
	void answersUnknownKeysWithNotFound() throws Exception {
		this.mvc.perform(get("/researchers/A999").accept("text/html")).andExpect(status().isNotFound());
	}

	@Test
	void answersMalformedKeysAndParametersWithoutAServerError() throws Exception {
		this.mvc.perform(get("/researchers/not-a-key").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/researchers/" + "A1".repeat(500)).accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/researchers/A5023888391?page=abc").accept("text/html"))
			.andExpect(status().isBadRequest());
	}

	private Document page(String url) throws Exception {
		String html = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static String tile(Document page, String label) {
		return page.select(".tile")
			.stream()
			.filter((tile) -> tile.selectFirst("dt").text().equals(label))
			.findFirst()
			.orElseThrow()
			.selectFirst("dd")
			.text();
	}

	private static String metric(Document page, String label) {
		return page.select(".metric")
			.stream()
			.filter((metric) -> metric.selectFirst("dt").text().equals(label))
			.findFirst()
			.orElseThrow()
			.selectFirst("dd")
			.text();
	}

}
