package org.peerscope.work;

import java.util.List;

import org.peerscope.common.PageSlice;

/**
 * One page of a researcher's publication list with what the filter controls offer.
 *
 * @param types the work types among all the researcher's works, for the type filter
 * @param firstYear the earliest publication year among all the researcher's works, or
 * null
 * @param lastYear the latest publication year, or null
 * @param totalWorks all the researcher's works, whatever the filter
 */
public record WorkListPage(PageSlice<WorkListItem> works, WorkListQuery query, List<String> types, Integer firstYear,
		Integer lastYear, long totalWorks) {

	public WorkListPage {
		types = List.copyOf(types);
	}

	/** The query string of another page of the same list. */
	public String pageHref(int page) {
		return this.query.queryString(page);
	}

}
