package org.peerscope.web;

import java.util.Set;

/**
 * Which changes outdate a kept page. Every page is outdated by a change of everything (an
 * import, a claim decision, a deleted account); beyond that:
 * <ul>
 * <li>a researcher's page by that researcher's changes (a follow, an owner's edit, a
 * dispute);</li>
 * <li>a page that may show any researcher's figures (topic and institution pages, the
 * graph explorer, searches) by any researcher's change;</li>
 * <li>a page of imported data alone (a work page: its authors as credited, their
 * institutions, its topics and citations; a graph slice from the API: names, links and
 * figures recomputed on import) by nothing else.</li>
 * </ul>
 *
 * @param researcherId the researcher whose page it is, or null
 * @param catalogueOnly whether the page shows imported data alone
 */
record PageScope(Long researcherId, boolean catalogueOnly) {

	/** A page that may show anything about anyone. */
	static final PageScope ANYONE = new PageScope(null, false);

	/** A page of imported data alone. */
	static final PageScope CATALOGUE = new PageScope(null, true);

	static PageScope researcher(long researcherId) {
		return new PageScope(researcherId, false);
	}

	/** Whether a change of these researchers outdates the page. */
	boolean outdatedByChangeOf(Set<Long> researcherIds) {
		return (this.researcherId != null) ? researcherIds.contains(this.researcherId) : !this.catalogueOnly;
	}

}
