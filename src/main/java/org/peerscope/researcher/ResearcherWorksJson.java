package org.peerscope.researcher;

import java.time.LocalDate;
import java.util.List;

import org.peerscope.work.WorkListPage;

/**
 * The JSON form of a page of a researcher's publication list ({@code GET
 * /api/researchers/{key}/works}). Field names are a public contract.
 */
record ResearcherWorksJson(String researcher, int page, int size, long totalItems, int totalPages, String sort,
		List<Item> items) {

	static ResearcherWorksJson of(String researcherKey, WorkListPage list) {
		return new ResearcherWorksJson(researcherKey, list.works().page(), list.works().size(),
				list.works().totalItems(), list.works().totalPages(), list.query().sort().param(),
				list.works()
					.items()
					.stream()
					.map((w) -> new Item(w.key(), w.title(), w.type(), w.publicationDate(), w.publicationYear(),
							w.venue(), w.doi(), w.arxivId(), w.citedByCount(), w.authorCount(), w.pinned(),
							w.authors()
								.stream()
								.map((a) -> new Author(a.order(), a.name(), a.researcherKey()))
								.toList()))
					.toList());
	}

	/**
	 * @param authors the first authors and the researcher whose list this is
	 */
	record Item(String key, String title, String type, LocalDate publicationDate, Integer publicationYear, String venue,
			String doi, String arxivId, int citedByCount, int authorCount, boolean pinned, List<Author> authors) {
	}

	record Author(int order, String name, String researcherKey) {
	}

}
