package org.peerscope.trust;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.catalog.CatalogChanged;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The trust snapshot and the metrics block on the researcher page and in the API, and the
 * pages that explain them.
 */
@IntegrationTest
class TrustPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ApplicationEventPublisher events;

	int year = Year.now().getValue();

	long ada;

	String adaKey;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		long institution = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		long ai = this.catalog.topic("Deep Learning", "Computer Science");
		this.catalog.jdbc()
			.sql("update topics set subfield_name = 'Artificial Intelligence' where id = ?")
			.param(ai)
			.update();
		this.ada = this.catalog.researcher("Ada Whitfield")
			.openalexId("A5023888391")
			.orcid("0000-0002-1825-0097")
			.currentlyAt(institution, 2019)
			.insert();
		long grace = this.catalog.researcher("Grace Okafor").insert();
		this.catalog.work("One")
			.year(this.year - 2)
			.citations(10)
			.citationsIn(this.year - 1, 4)
			.doi("10.1234/one")
			.authors(this.ada, grace)
			.topic(ai, true)
			.insert();
		this.catalog.work("Two").year(this.year - 1).citations(3).authors(this.ada).insert();
		// OpenAlex counts a third work that is not imported here.
		this.catalog.jdbc().sql("""
				insert into researcher_source_figures (researcher_id, source, source_date, works_count,
				    cited_by_count, h_index, i10_index, two_year_mean_citedness)
				values (?, 'openalex', ?, 3, 20, 2, 1, 2.0)""").params(this.ada, LocalDate.of(2026, 11, 1)).update();
		this.events.publishEvent(CatalogChanged.researchers(List.of(this.ada, grace)));
		this.adaKey = this.catalog.keyOfResearcher(this.ada);
	}

	@Test
	void showsTheTrustSnapshotWithABreakdownThatSumsToTheScore() throws Exception {
		Document page = page("/researchers/" + this.adaKey);
		Element snapshot = page.selectFirst("#trust");
		assertThat(snapshot).isNotNull();
		String headline = snapshot.selectFirst(".trust-score").text();
		assertThat(headline).matches("Trust \\d+ · (Unverified|Emerging|Verified|Trusted)");
		int score = Integer.parseInt(headline.replaceAll("Trust (\\d+) .*", "$1"));
		assertThat(snapshot.select(".badge").eachText()).containsExactly("Verification L1", "Unclaimed author");
		Element breakdown = snapshot.selectFirst("details.trust-breakdown");
		assertThat(breakdown.select("tbody tr").eachAttr("data-signal")).containsExactly("claimed", "verificationLevel",
				"orcid", "affiliation", "dois", "coauthors", "recordAge", "openDisputes");
		int sum = breakdown.select("tbody .trust-points").eachText().stream().mapToInt(Integer::parseInt).sum();
		assertThat(sum).isEqualTo(score);
		assertThat(breakdown.selectFirst("tfoot .trust-total").text()).isEqualTo(String.valueOf(score));
		assertThat(breakdown.selectFirst("tr[data-signal=dois]").text()).contains("1 of 2 works have a DOI.");
		assertThat(page.selectFirst(".tile--trust dd").text()).isEqualTo(headline);
		assertThat(page.select("[style]")).isEmpty();
		// JSON-LD is data, not a script: CSP does not apply to it.
		assertThat(page.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
	}

	@Test
	void showsTheMetricsAndTheSourceFiguresWithTheReasonTheyDiffer() throws Exception {
		Element block = page("/researchers/" + this.adaKey).selectFirst("#metrics");
		assertThat(block.selectFirst("[data-metric=works] dd").text()).isEqualTo("2");
		assertThat(block.selectFirst("[data-metric=citations] dd").text()).isEqualTo("13");
		assertThat(block.selectFirst("[data-metric=h] dd").text()).isEqualTo("2");
		// One work in the window (published last year? no: two years ago) and one last
		// year:
		// 4 citations last year for "One", none for "Two" -> 4 / 2.
		assertThat(block.selectFirst("[data-metric=twoYear] dd").text()).isEqualTo("2.00");
		assertThat(block.selectFirst("[data-metric=field] dd").text()).isEqualTo("Computer Science");
		// "One" is AI (weight 0.5^(2/5)), "Two" is not (0.5^(1/5)): 100 * 0.758 / (0.758
		// + 0.871)
		assertThat(block.selectFirst("[data-metric=ai] dd").text()).isEqualTo("47");
		assertThat(block.selectFirst("[data-metric=novelty] dd").text()).isEqualTo("—");
		assertThat(block.select(".metrics-source tr.differs").eachAttr("data-figure")).containsExactly("works",
				"citations");
		assertThat(block.selectFirst(".metrics-source__reason").text())
			.startsWith("They differ because 1 of the source's 3 works are not in this catalogue");
		assertThat(block.selectFirst(".metrics-source thead").text()).contains("OpenAlex, 2026-11-01");
		assertThat(block.select(".metrics-years tbody th").eachText()).containsExactly(String.valueOf(this.year - 2),
				String.valueOf(this.year - 1));
	}

	@Test
	void addsTrustAndMetricsToTheApiAndKeepsTheFlatFields() throws Exception {
		this.mvc.perform(get("/api/researchers/" + this.adaKey))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.worksCount").value(2))
			.andExpect(jsonPath("$.hIndex").value(2))
			.andExpect(jsonPath("$.claimed").value(false))
			.andExpect(jsonPath("$.trust.label").isString())
			.andExpect(jsonPath("$.trust.level").value(1))
			.andExpect(jsonPath("$.trust.claimed").value(false))
			.andExpect(jsonPath("$.trust.signals.length()").value(8))
			.andExpect(jsonPath("$.trust.signals[0].name").value("claimed"))
			.andExpect(jsonPath("$.trust.signals[0].points").value(0))
			.andExpect(jsonPath("$.trust.signals[0].evidence").value("No account has claimed this record."))
			.andExpect(jsonPath("$.metrics.worksCount").value(2))
			.andExpect(jsonPath("$.metrics.citedByCount").value(13))
			.andExpect(jsonPath("$.metrics.hIndex").value(2))
			.andExpect(jsonPath("$.metrics.i10Index").value(1))
			.andExpect(jsonPath("$.metrics.twoYearMeanCitedness").value(2.0))
			.andExpect(jsonPath("$.metrics.noveltyPercent").doesNotExist())
			.andExpect(jsonPath("$.metrics.aiScore").isNumber())
			.andExpect(jsonPath("$.metrics.field").value("Computer Science"))
			.andExpect(jsonPath("$.metrics.source.name").value("openalex"))
			.andExpect(jsonPath("$.metrics.source.date").value("2026-11-01"))
			.andExpect(jsonPath("$.metrics.source.hIndex").value(2))
			.andExpect(jsonPath("$.metrics.source.citedByCount").value(20))
			.andExpect(jsonPath("$.metrics.source.worksCount").value(3));
	}

	@Test
	void theTrustScoreInTheApiSumsItsSignals() throws Exception {
		String json = this.mvc.perform(get("/api/researchers/" + this.adaKey))
			.andReturn()
			.getResponse()
			.getContentAsString();
		com.jayway.jsonpath.DocumentContext doc = com.jayway.jsonpath.JsonPath.parse(json);
		List<Integer> points = doc.read("$.trust.signals[*].points");
		int score = doc.read("$.trust.score");
		assertThat(points.stream().mapToInt(Integer::intValue).sum()).isEqualTo(score);
	}

	@Test
	void explainsTheTrustScoreOnAPublicPage() throws Exception {
		Document page = page("/about/trust");
		assertThat(page.select("#levels dt").eachText()).containsExactly("L0", "L1", "L2", "L3");
		assertThat(page.select("#signals tbody tr").eachAttr("data-signal")).hasSize(8);
		assertThat(page.select("#labels tbody tr").eachText()).containsExactly("Unverified 0–34", "Emerging 35–69",
				"Verified 70–84", "Trusted 85–100");
		assertThat(page.text()).contains("can score at most 65 points");
	}

	@Test
	void explainsEveryMetricOnAPublicPage() throws Exception {
		Document page = page("/about/metrics");
		assertThat(page.select("section.about__definition").eachAttr("id")).containsExactly("works", "citations", "h",
				"i10", "twoYear", "years", "novelty", "ai", "field", "source");
		assertThat(page.selectFirst("#novelty").text()).contains("n(a) × n(b) / N");
		assertThat(page.selectFirst("#ai").text()).contains("cs.LG");
	}

	private Document page(String path) throws Exception {
		String html = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
