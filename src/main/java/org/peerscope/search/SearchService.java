package org.peerscope.search;

import java.util.List;
import java.util.Optional;

import org.peerscope.catalog.CatalogLookup;
import org.peerscope.catalog.CatalogRef;
import org.peerscope.common.PageSlice;
import org.peerscope.search.SearchText.Identifier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds researchers, works, topics and institutions from what someone typed. Every method
 * accepts any {@link SearchText}: text too short to search with yields no hits (the
 * caller says why), never an error.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	private final SearchQueries queries;

	private final CatalogLookup catalog;

	private final SearchProperties properties;

	SearchService(SearchQueries queries, CatalogLookup catalog, SearchProperties properties) {
		this.queries = queries;
		this.catalog = catalog;
		this.properties = properties;
	}

	/**
	 * The page of the one record an identifier names (ORCID iD, OpenAlex id, DOI, arXiv
	 * id), when the text is such an identifier and the record is in the catalogue.
	 */
	public Optional<String> shortcut(SearchText text) {
		return text.identifier().flatMap(this::pageOf);
	}

	/**
	 * The first hits of every kind, for the results page and the header's suggestions.
	 */
	public SearchOverview overview(SearchText text, int perKind, boolean asYouType) {
		if (!text.isSearchable()) {
			return SearchOverview.empty();
		}
		this.queries.useNameSimilarity(this.properties.nameSimilarity());
		return new SearchOverview(
				this.queries.researchers(text, ResearcherFilters.none(), this.properties.nameSimilarity(), 0, perKind),
				this.queries.works(text, WorkFilters.none(), asYouType, 0, perKind, this.properties.workCandidates()),
				this.queries.topics(text, 0, perKind), this.queries.institutions(text, 0, perKind));
	}

	public PageSlice<ResearcherHit> researchers(SearchText text, ResearcherFilters filters, int page, int size) {
		if (!text.isSearchable()) {
			return new PageSlice<>(List.of(), page, size, 0);
		}
		this.queries.useNameSimilarity(this.properties.nameSimilarity());
		return slice(this.queries.researchers(text, filters, this.properties.nameSimilarity(),
				PageSlice.offset(page, size), size), page, size);
	}

	public PageSlice<WorkHit> works(SearchText text, WorkFilters filters, int page, int size) {
		if (!text.isSearchable()) {
			return new PageSlice<>(List.of(), page, size, 0);
		}
		return slice(this.queries.works(text, filters, false, PageSlice.offset(page, size), size,
				this.properties.workCandidates()), page, size);
	}

	public PageSlice<TopicHit> topics(SearchText text, int page, int size) {
		if (!text.isSearchable()) {
			return new PageSlice<>(List.of(), page, size, 0);
		}
		this.queries.useNameSimilarity(this.properties.nameSimilarity());
		return slice(this.queries.topics(text, PageSlice.offset(page, size), size), page, size);
	}

	public PageSlice<InstitutionHit> institutions(SearchText text, int page, int size) {
		if (!text.isSearchable()) {
			return new PageSlice<>(List.of(), page, size, 0);
		}
		this.queries.useNameSimilarity(this.properties.nameSimilarity());
		return slice(this.queries.institutions(text, PageSlice.offset(page, size), size), page, size);
	}

	/** How many matching works a search ranks at most. */
	public int workCandidates() {
		return this.properties.workCandidates();
	}

	private Optional<String> pageOf(Identifier identifier) {
		return switch (identifier.type()) {
			case ORCID -> this.queries.researcherKeyByOrcid(identifier.value()).map(SearchPaths::researcher);
			case DOI -> this.queries.workKeyByDoi(identifier.value()).map(SearchPaths::work);
			case ARXIV -> this.queries.workKeyByArxivId(identifier.value()).map(SearchPaths::work);
			case OPENALEX -> this.catalog.find(identifier.kind(), identifier.value()).map(SearchService::pageOf);
		};
	}

	private static String pageOf(CatalogRef ref) {
		return SearchPaths.of(ref.kind(), ref.key());
	}

	private static <T> PageSlice<T> slice(Hits<T> hits, int page, int size) {
		return new PageSlice<>(hits.items(), page, size, hits.total());
	}

}
