package org.peerscope.search;

/**
 * Narrows a work search.
 *
 * @param type a work type ({@code article}, {@code preprint}, …), or null for any
 * @param yearFrom the first publication year, inclusive, or null
 * @param yearTo the last publication year, inclusive, or null
 * @param venue part of the journal's or repository's name, or null
 */
public record WorkFilters(String type, Integer yearFrom, Integer yearTo, String venue) {

	public WorkFilters {
		type = ResearcherFilters.blankToNull(type);
		venue = ResearcherFilters.blankToNull(venue);
	}

	public static WorkFilters none() {
		return new WorkFilters(null, null, null, null);
	}

	/** Whether no filter is set: every matching work is a hit. */
	public boolean isEmpty() {
		return this.type == null && this.yearFrom == null && this.yearTo == null && this.venue == null;
	}

}
