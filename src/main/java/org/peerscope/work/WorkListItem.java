package org.peerscope.work;

import java.time.LocalDate;
import java.util.List;

/**
 * A work as shown in a publication list.
 *
 * @param venue the journal, proceedings or repository, or null when unknown
 * @param authors the first few authors plus the highlighted researcher
 * @param authorCount the full length of the byline
 * @param pinned whether the researcher pinned it to the top of their list
 */
public record WorkListItem(String key, String title, String type, LocalDate publicationDate, Integer publicationYear,
		String venue, String doi, String arxivId, String abstractText, int citedByCount, List<AuthorCredit> authors,
		int authorCount, boolean pinned) {

	public WorkListItem {
		authors = List.copyOf(authors);
	}

	/** How many names of the byline the list leaves out. */
	public int hiddenAuthorCount() {
		return this.authorCount - this.authors.size();
	}

	public boolean hasMoreAuthorsAtEnd() {
		return this.authors.isEmpty() || this.authors.get(this.authors.size() - 1).order() < this.authorCount;
	}

	/** The key of the highlighted author, or null. */
	public String highlightedKey() {
		return this.authors.stream()
			.filter(AuthorCredit::highlighted)
			.map(AuthorCredit::researcherKey)
			.findFirst()
			.orElse(null);
	}

}
