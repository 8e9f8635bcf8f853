package org.peerscope.work;

import java.util.Locale;

/**
 * The orders a publication list can be shown in. The SQL is fixed per constant, never
 * built from what a URL says.
 */
public enum WorkSort {

	DATE("coalesce(w.publication_date, make_date(w.publication_year, 1, 1)) desc nulls last, w.id desc"),

	CITATIONS(
			"w.cited_by_count desc, coalesce(w.publication_date, make_date(w.publication_year, 1, 1)) desc nulls last, w.id desc"),

	TITLE("lower(w.title), w.id");

	private final String orderBy;

	WorkSort(String orderBy) {
		this.orderBy = orderBy;
	}

	String orderBy() {
		return this.orderBy;
	}

	/** The value used in URLs. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The sort a URL asks for; newest first when it asks for nothing we know. */
	public static WorkSort fromParam(String value) {
		if (value != null) {
			for (WorkSort sort : values()) {
				if (sort.param().equalsIgnoreCase(value.strip())) {
					return sort;
				}
			}
		}
		return DATE;
	}

}
