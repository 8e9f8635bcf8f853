package org.peerscope.search;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerscope.common.PageSlice;
import org.peerscope.metrics.ResearcherMetricsService;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expected top hits on a fixed catalogue: names however they are typed, works by title
 * and abstract, ranking by match quality, then citations.
 */
@IntegrationTest
class SearchRelevanceTest {

	@Autowired
	SearchService search;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ResearcherMetricsService metrics;

	SearchCatalogue c;

	@BeforeEach
	void catalogue() {
		this.c = new SearchCatalogue(this.catalog, this.metrics);
	}

	List<String> researchers(String query) {
		return this.search.researchers(SearchText.of(query), ResearcherFilters.none(), 1, 20)
			.items()
			.stream()
			.map(ResearcherHit::displayName)
			.toList();
	}

	List<String> works(String query) {
		return works(query, WorkFilters.none());
	}

	List<String> works(String query, WorkFilters filters) {
		return this.search.works(SearchText.of(query), filters, 1, 20).items().stream().map(WorkHit::title).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Balazs Kegl", "balazs", "KEGL", "Balázs Kégl", "Kegl Balazs", "kégl" })
	void accentsAndCaseDoNotMatter(String query) {
		assertThat(researchers(query)).first().isEqualTo("Balázs Kégl");
	}

	@Test
	void wordOrderIsFree() {
		assertThat(researchers("Zhang Dechen")).first().isEqualTo("Dechen Zhang");
		assertThat(researchers("Lopez Jose Garcia")).first().isEqualTo("José García-López");
	}

	@Test
	void initialsPickTheMatchingNamesakeFirst() {
		// Wei Zhang has more citations; the initial decides.
		assertThat(researchers("D. Zhang")).first().isEqualTo("Dechen Zhang");
		assertThat(researchers("W Zhang")).first().isEqualTo("Wei Zhang");
		assertThat(researchers("A. Whitfield")).first().isEqualTo("Ada Whitfield");
	}

	@Test
	void initialsFollowRenames() {
		this.catalog.jdbc()
			.sql("update researchers set display_name = 'Dawa Zhang' where display_name = 'Wei Zhang'")
			.update();
		// Both fit "D." now; the former Wei Zhang has more citations.
		assertThat(researchers("D. Zhang")).startsWith("Dawa Zhang", "Dechen Zhang");
	}

	@Test
	void equallyGoodMatchesAreOrderedByCitations() {
		List<String> zhangs = researchers("Zhang");
		assertThat(zhangs).startsWith("Wei Zhang", "Dechen Zhang").contains("Zhang Li");
		assertThat(this.search.researchers(SearchText.of("Zhang"), ResearcherFilters.none(), 1, 20)
			.items()
			.get(0)
			.citedByCount()).isEqualTo(420);
	}

	@Test
	void rankingFollowsRenamesAndRecomputedFiguresAtOnce() {
		// The ranking reads researcher_search, which triggers keep in step with
		// researchers and researcher_metrics whatever writes them.
		this.catalog.jdbc()
			.sql("update researchers set display_name = 'Dechen Zhang-Wu' where display_name = 'Dechen Zhang'")
			.update();
		assertThat(researchers("Zhang-Wu")).first().isEqualTo("Dechen Zhang-Wu");
		this.catalog.jdbc()
			.sql("update researcher_metrics set cited_by_count = 10000 where researcher_id = "
					+ "(select id from researchers where display_name = 'Zhang Li')")
			.update();
		assertThat(researchers("Zhang")).first().isEqualTo("Zhang Li");
		this.catalog.jdbc()
			.sql("delete from researcher_metrics where researcher_id = "
					+ "(select id from researchers where display_name = 'Zhang Li')")
			.update();
		assertThat(this.search.researchers(SearchText.of("Zhang Li"), ResearcherFilters.none(), 1, 20)
			.items()
			.get(0)
			.citedByCount()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Whitfeld", "Ada Witfield", "Whitfiled Ada" })
	void typosAreTolerated(String query) {
		assertThat(researchers(query)).first().isEqualTo("Ada Whitfield");
	}

	@Test
	void misspelledFullNameFindsThePerson() {
		assertThat(researchers("Dechen Zhnag")).first().isEqualTo("Dechen Zhang");
		assertThat(researchers("Jose Garcia Lopes")).first().isEqualTo("José García-López");
	}

	@Test
	void twoLettersSwappedInAShortNameAreTolerated() {
		// "zhnag" shares 2 of 6 trigrams with "zhang": too few for trigram similarity
		// alone.
		assertThat(researchers("Zhnag")).startsWith("Wei Zhang", "Dechen Zhang");
		assertThat(researchers("Kgel")).first().isEqualTo("Balázs Kégl");
	}

	@Test
	void aNameTypedAsInAReferenceMatchesWholly() {
		// Punctuation around a word does not count: "Zhang," is the word "zhang".
		this.catalog.jdbc()
			.sql("update researchers set alternative_names = array['Kovács, Mária'] where display_name = 'Mária Kovács'")
			.update();
		assertThat(researchers("Kovacs, Maria")).first().isEqualTo("Mária Kovács");
		assertThat(researchers("Zhang, Dechen")).first().isEqualTo("Dechen Zhang");
	}

	@Test
	void everyWordTypedMustMatchSomeName() {
		assertThat(researchers("Ada Zhang")).isEmpty();
		assertThat(researchers("Garcia Lopez")).containsExactly("José García-López");
	}

	@Test
	void deletedResearchersAreNoLongerFound() {
		this.catalog.jdbc().sql("delete from researchers where display_name = 'Adam Whitford'").update();
		assertThat(researchers("Whitf")).containsExactly("Ada Whitfield");
	}

	@Test
	void partialNamesMatch() {
		assertThat(researchers("Whitf")).contains("Ada Whitfield", "Adam Whitford");
		assertThat(researchers("Kég")).first().isEqualTo("Balázs Kégl");
		assertThat(researchers("Garcia")).first().isEqualTo("José García-López");
	}

	@Test
	void alternativeNamesMatch() {
		assertThat(researchers("Kovacs-Nagy")).first().isEqualTo("Mária Kovács");
		assertThat(researchers("Nagy")).first().isEqualTo("Mária Kovács");
	}

	@Test
	void unrelatedNamesDoNotMatch() {
		assertThat(researchers("Okonkwo")).isEmpty();
		assertThat(researchers("Zhang")).doesNotContain("Ada Whitfield", "Balázs Kégl");
	}

	@Test
	void phrasesInQuotesMatchOnlyTheWordsInOrder() {
		assertThat(works("\"message passing\"")).containsExactly("Message passing on molecular graphs");
		assertThat(works("message passing")).containsExactlyInAnyOrder("Message passing on molecular graphs",
				"Passing messages between molecular dynamics simulations");
	}

	@Test
	void titleMatchesComeBeforeAbstractMatches() {
		// The surface-code paper is cited far more, but mentions graphs only in its
		// abstract.
		List<String> graphs = works("graph");
		assertThat(graphs).last().isEqualTo("Quantum error correction with surface codes");
		assertThat(graphs).hasSize(5);
	}

	@Test
	void equallyGoodTitleMatchesAreOrderedByCitations() {
		assertThat(works("graph kernels")).containsExactly("Graph kernels for crystals", "Graph kernels for proteins");
	}

	@Test
	void titleSearchFollowsRetitledWorksAndNewCitationsAtOnce() {
		// Title matches are read from work_titles, which triggers keep in step with
		// works.
		this.catalog.jdbc()
			.sql("update works set cited_by_count = 500 where title = 'Graph kernels for proteins'")
			.update();
		assertThat(works("graph kernels")).containsExactly("Graph kernels for proteins", "Graph kernels for crystals");
		this.catalog.jdbc()
			.sql("update works set title = 'Walk kernels for crystals' where title = 'Graph kernels for crystals'")
			.update();
		assertThat(works("graph kernels")).containsExactly("Graph kernels for proteins");
		assertThat(works("walk kernels")).containsExactly("Walk kernels for crystals");
		this.catalog.jdbc().sql("delete from works where title = 'Walk kernels for crystals'").update();
		assertThat(works("walk kernels")).isEmpty();
	}

	@Test
	void filteredAndUnfilteredSearchesRankAlike() {
		assertThat(works("graph", new WorkFilters(null, 1900, 2100, null))).isEqualTo(works("graph"));
	}

	@Test
	void stemmingAndAccentsApplyToWorks() {
		assertThat(works("molecule graphs"))
			.contains("Message passing on molecular graphs".replace("molecular", "molecular"));
		assertThat(works("zurich glacier")).containsExactly("Field notes from Zürich glaciers");
		assertThat(works("syndromes")).containsExactly("Quantum error correction with surface codes");
	}

	@Test
	void workFiltersNarrowTheResults() {
		assertThat(works("graph", new WorkFilters("preprint", null, null, null)))
			.containsExactly("Graph neural networks for molecules");
		assertThat(works("graph", new WorkFilters(null, 2015, 2016, null)))
			.containsExactly("Graph kernels for crystals", "Graph kernels for proteins");
		assertThat(works("molecular", new WorkFilters(null, null, null, "chemical physics"))).containsExactlyInAnyOrder(
				"Message passing on molecular graphs", "Passing messages between molecular dynamics simulations");
		assertThat(works("graph", new WorkFilters(null, null, null, "PHYSICAL review")))
			.containsExactly("Quantum error correction with surface codes");
	}

	@Test
	void researcherFiltersNarrowTheResults() {
		assertThat(this.search
			.researchers(SearchText.of("Zhang"), new ResearcherFilters("Northbridge", null, false), 1, 20)
			.items()).extracting(ResearcherHit::displayName).containsExactly("Wei Zhang");
		// A past affiliation counts too, and so does the institution's key.
		String tsinghuaKey = this.catalog.jdbc()
			.sql("select public_key from institutions where id = ?")
			.param(this.c.tsinghua)
			.query(String.class)
			.single();
		assertThat(this.search
			.researchers(SearchText.of("Whitfield"), new ResearcherFilters(tsinghuaKey, null, false), 1, 20)
			.items()).extracting(ResearcherHit::displayName).containsExactly("Ada Whitfield");
	}

	@Test
	void topicFilterUsesTheResearchersTopics() {
		// Zhang Li wrote only about graph kernels, without a topic.
		assertThat(this.search
			.researchers(SearchText.of("Zhang"), new ResearcherFilters(null, "graph neural", false), 1, 20)
			.items()).extracting(ResearcherHit::displayName).containsExactly("Wei Zhang", "Dechen Zhang");
	}

	@Test
	void claimedOnlyLeavesOutUnclaimedProfiles() {
		// Nobody in this catalogue has claimed a profile.
		assertThat(this.search.researchers(SearchText.of("Zhang"), ResearcherFilters.none(), 1, 20).items()).hasSize(3);
		PageSlice<ResearcherHit> claimed = this.search.researchers(SearchText.of("Zhang"),
				new ResearcherFilters(null, null, true), 1, 20);
		assertThat(claimed.items()).isEmpty();
	}

	@Test
	void topicsAndInstitutionsByName() {
		SearchOverview overview = this.search.overview(SearchText.of("neural networks"), 5, false);
		assertThat(overview.topics().items()).extracting(TopicHit::displayName)
			.containsExactly("Graph Neural Networks");
		assertThat(this.search.overview(SearchText.of("eotvos lorand"), 5, false).institutions().items())
			.extracting(InstitutionHit::displayName)
			.containsExactly("Eötvös Loránd University");
	}

	@Test
	void overviewCountsEachKind() {
		SearchOverview overview = this.search.overview(SearchText.of("Zhang"), 2, false);
		assertThat(overview.researchers().items()).hasSize(2);
		assertThat(overview.researchers().total()).isEqualTo(3);
		assertThat(overview.researchers().hasMore()).isTrue();
	}

	@Test
	void asYouTypeTheLastWordIsAPrefix() {
		SearchOverview overview = this.search.overview(SearchText.of("message pass"), 5, true);
		assertThat(overview.works().items()).extracting(WorkHit::title).contains("Message passing on molecular graphs");
		assertThat(this.search.overview(SearchText.of("surfa"), 5, true).works().items()).extracting(WorkHit::title)
			.containsExactly("Quantum error correction with surface codes");
	}

	@Test
	void suggestionsComeFromTitlesAndWaitForThreeLettersOfAWord() {
		assertThat(this.search.overview(SearchText.of("syndromes"), 5, true).works().items()).isEmpty();
		assertThat(this.search.overview(SearchText.of("message qu"), 5, true).works().items())
			.extracting(WorkHit::title)
			.contains("Message passing on molecular graphs", "Passing messages between molecular dynamics simulations");
		assertThat(this.search.overview(SearchText.of("message pas"), 5, true).works().items())
			.extracting(WorkHit::title)
			.containsExactly("Message passing on molecular graphs",
					"Passing messages between molecular dynamics simulations");
	}

	@Test
	void shortcutsResolveIdentifiersToPages() {
		assertThat(this.search.shortcut(SearchText.of("https://orcid.org/0000-0002-1825-0097")))
			.contains("/researchers/" + this.c.key(this.c.dechen));
		assertThat(this.search.shortcut(SearchText.of("a5023888391"))).contains("/researchers/A5023888391");
		assertThat(this.search.shortcut(SearchText.of("https://doi.org/10.1234/MPMG.2024")))
			.contains("/works/" + this.c.workKey(this.c.messagePassing));
		assertThat(this.search.shortcut(SearchText.of("arXiv:2401.01234v3")))
			.contains("/works/" + this.c.workKey(this.c.messagePassing));
		assertThat(this.search.shortcut(SearchText.of("10.9999/unknown"))).isEmpty();
		assertThat(this.search.shortcut(SearchText.of("Dechen Zhang"))).isEmpty();
	}

}
