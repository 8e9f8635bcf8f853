package org.peerscope.web;

import java.util.Optional;

/**
 * What a change to the catalogue or to an account makes outdated among kept anonymous
 * pages: one researcher's page and every page not tied to one researcher, or everything.
 *
 * @param researcherId the researcher concerned, or null for every page
 */
record PageChange(Long researcherId) {

	private static final String EVERYTHING = "*";

	static PageChange everything() {
		return new PageChange(null);
	}

	static PageChange researcher(long researcherId) {
		return new PageChange(researcherId);
	}

	/** As it travels between app nodes ({@link #parse}). */
	String text() {
		return (this.researcherId != null) ? this.researcherId.toString() : EVERYTHING;
	}

	/** The change a {@link #text()} names; empty for anything else. */
	static Optional<PageChange> parse(String text) {
		if (EVERYTHING.equals(text)) {
			return Optional.of(everything());
		}
		try {
			return Optional.of(researcher(Long.parseLong(text)));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
