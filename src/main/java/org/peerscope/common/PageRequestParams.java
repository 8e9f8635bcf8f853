package org.peerscope.common;

/**
 * Clamps page parameters that arrive from URLs, so a hostile or mistyped value yields a
 * sensible page rather than an error or an unbounded query.
 */
public final class PageRequestParams {

	private PageRequestParams() {
	}

	public static int page(Integer requested) {
		return (requested == null || requested < 1) ? 1 : Math.min(requested, 100_000);
	}

	public static int size(Integer requested, int defaultSize, int maximumSize) {
		if (requested == null || requested < 1) {
			return defaultSize;
		}
		return Math.min(requested, maximumSize);
	}

}
