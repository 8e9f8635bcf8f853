package org.peerscope.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.peerscope.common.PageRequestParams;

import org.springframework.web.util.UriUtils;

/**
 * What a visitor asked of a publication list: order, filters and page. Built from
 * untrusted URL parameters, so every value is checked and clamped here.
 *
 * @param type a work type (see the {@code works.work_type} check) or null for all
 * @param fromYear first publication year included, or null
 * @param toYear last publication year included, or null
 */
public record WorkListQuery(WorkSort sort, String type, Integer fromYear, Integer toYear, int page) {

	/** The work types the catalogue knows (the check on {@code works.work_type}). */
	public static final Set<String> TYPES = Set.of("article", "preprint", "book", "book-chapter", "dataset",
			"dissertation", "review", "report", "editorial", "letter", "erratum", "paratext", "peer-review",
			"reference-entry", "standard", "grant", "libguides", "supplementary-materials", "retraction", "other");

	public WorkListQuery {
		sort = (sort != null) ? sort : WorkSort.DATE;
		type = (type != null && TYPES.contains(type)) ? type : null;
		fromYear = year(fromYear);
		toYear = year(toYear);
		if (fromYear != null && toYear != null && fromYear > toYear) {
			Integer swap = fromYear;
			fromYear = toYear;
			toYear = swap;
		}
		page = Math.max(1, page);
	}

	public static WorkListQuery of(String sort, String type, Integer fromYear, Integer toYear, Integer page) {
		String normalizedType = (type != null) ? type.strip().toLowerCase(Locale.ROOT) : null;
		return new WorkListQuery(WorkSort.fromParam(sort), normalizedType, fromYear, toYear,
				PageRequestParams.page(page));
	}

	public static WorkListQuery newestFirst(int page) {
		return new WorkListQuery(WorkSort.DATE, null, null, null, page);
	}

	public boolean filtered() {
		return this.type != null || this.fromYear != null || this.toYear != null;
	}

	/**
	 * The query string (starting with {@code ?}, or empty) for this list at another page;
	 * defaults are left out so URLs stay short.
	 */
	public String queryString(int otherPage) {
		List<String> parts = new ArrayList<>();
		if (this.sort != WorkSort.DATE) {
			parts.add("sort=" + this.sort.param());
		}
		if (this.type != null) {
			parts.add("type=" + UriUtils.encodeQueryParam(this.type, "UTF-8"));
		}
		if (this.fromYear != null) {
			parts.add("from=" + this.fromYear);
		}
		if (this.toYear != null) {
			parts.add("to=" + this.toYear);
		}
		if (otherPage > 1) {
			parts.add("page=" + otherPage);
		}
		return parts.isEmpty() ? "" : "?" + String.join("&", parts);
	}

	private static Integer year(Integer year) {
		return (year != null && year >= 1500 && year <= 2200) ? year : null;
	}

}
