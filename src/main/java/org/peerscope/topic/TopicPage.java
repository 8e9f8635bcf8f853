package org.peerscope.topic;

import java.time.LocalDate;

import org.peerscope.common.PageSlice;

/**
 * Everything a topic page shows: where the topic sits, who works on it most, and its most
 * recent works, both lists paged independently ({@code ?page=} and {@code ?works=}).
 */
public record TopicPage(String key, String openalexId, String arxivCategory, String name, String description,
		String subfield, String field, String domain, long worksCount, long researchersCount,
		PageSlice<Researcher> researchers, PageSlice<Work> works) {

	/** The query string for another page of the researchers, keeping the works page. */
	public String researchersHref(int page) {
		return href(page, this.works.page());
	}

	/** The query string for another page of the works, keeping the researchers page. */
	public String worksHref(int page) {
		return href(this.researchers.page(), page);
	}

	private static String href(int researchersPage, int worksPage) {
		StringBuilder query = new StringBuilder();
		if (researchersPage > 1) {
			query.append("page=").append(researchersPage);
		}
		if (worksPage > 1) {
			query.append(query.isEmpty() ? "" : "&").append("works=").append(worksPage);
		}
		return query.isEmpty() ? "?" : "?" + query;
	}

	/**
	 * @param workCount the researcher's works in this topic
	 */
	public record Researcher(String key, String name, String affiliationKey, String affiliation, int workCount) {

	}

	public record Work(String key, String title, String type, LocalDate publicationDate, Integer publicationYear,
			String venue, int citedByCount) {

	}

}
