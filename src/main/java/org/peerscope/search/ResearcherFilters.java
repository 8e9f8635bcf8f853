package org.peerscope.search;

/**
 * Narrows a researcher search.
 *
 * @param institution an institution's key or part of its name (current or past
 * affiliation), or null
 * @param topic a topic's key or part of its name, or null
 * @param claimedOnly only researchers who claimed their profile
 */
public record ResearcherFilters(String institution, String topic, boolean claimedOnly) {

	public ResearcherFilters {
		institution = blankToNull(institution);
		topic = blankToNull(topic);
	}

	public static ResearcherFilters none() {
		return new ResearcherFilters(null, null, false);
	}

	/** Whether no filter is set: every matching researcher is a hit. */
	public boolean isEmpty() {
		return this.institution == null && this.topic == null && !this.claimedOnly;
	}

	static String blankToNull(String value) {
		if (value == null) {
			return null;
		}
		String cleaned = SearchText.of(value).text();
		return cleaned.isEmpty() ? null : cleaned;
	}

}
