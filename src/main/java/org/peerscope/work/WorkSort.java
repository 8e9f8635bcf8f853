package org.peerscope.work;

import java.util.Locale;

/**
 * The orders a publication list can be shown in. The SQL is fixed per constant, never
 * built from what a URL says.
 */
public enum WorkSort {

	DATE("rw.sort_date desc nulls last, rw.work_id desc"),

	CITATIONS("rw.cited_by_count desc, rw.sort_date desc nulls last, rw.work_id desc"),

	/** The only order that needs the works' own rows ({@code works w}). */
	TITLE("lower(w.title), rw.work_id");

	private final String orderBy;

	WorkSort(String orderBy) {
		this.orderBy = orderBy;
	}

	/**
	 * The order on {@code researcher_works rw}: the first two are its indexes' order, so
	 * that a page is read without sorting the researcher's other works.
	 */
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
