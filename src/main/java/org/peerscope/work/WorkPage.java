package org.peerscope.work;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the work page shows, read in a fixed number of queries.
 *
 * @param venue null when the work names no venue
 * @param citations citations received per year over the last years
 * @param references works this one cites that are in the catalogue
 * @param citedBy works in the catalogue that cite this one
 * @param related related works (as OpenAlex relates them) that are in the catalogue
 */
public record WorkPage(long id, String key, String openalexId, String title, String type, LocalDate publicationDate,
		Integer publicationYear, Venue venue, String doi, String arxivId, String abstractText, String language,
		int citedByCount, List<Author> authors, List<Topic> topics, YearChart citations, List<WorkRef> references,
		List<WorkRef> citedBy, List<WorkRef> related) {

	public WorkPage {
		authors = List.copyOf(authors);
		topics = List.copyOf(topics);
		references = List.copyOf(references);
		citedBy = List.copyOf(citedBy);
		related = List.copyOf(related);
	}

	/** A short description for search results and link previews. */
	public String summary() {
		StringBuilder summary = new StringBuilder();
		if (!this.authors.isEmpty()) {
			summary.append(this.authors.get(0).name());
			if (this.authors.size() > 1) {
				summary.append(" et al.");
			}
		}
		if (this.publicationYear != null) {
			summary.append(summary.isEmpty() ? "" : ", ").append(this.publicationYear);
		}
		if (this.venue != null) {
			summary.append(summary.isEmpty() ? "" : ", ").append(this.venue.name());
		}
		return summary.toString();
	}

	/**
	 * @param key the source's public key, or null when the work only names its venue
	 */
	public record Venue(String key, String name, String type) {

	}

	/**
	 * @param researcherKey null when the author is not in the catalogue
	 * @param institutions where the author was when the work appeared
	 */
	public record Author(int order, String name, String researcherKey, boolean corresponding,
			List<Institution> institutions) {

		public Author {
			institutions = List.copyOf(institutions);
		}

	}

	public record Institution(String key, String name) {

	}

	public record Topic(String key, String name, String field, String subfield, boolean primary) {

	}

	public record WorkRef(String key, String title, Integer year, int citedByCount) {

	}

}
