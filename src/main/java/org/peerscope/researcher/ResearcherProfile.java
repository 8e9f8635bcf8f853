package org.peerscope.researcher;

import java.util.List;

/**
 * Everything the researcher page shows, read in a fixed number of queries.
 *
 * @param metrics null until the figures have been computed for this researcher
 */
public record ResearcherProfile(long id, String key, String displayName, List<String> alternativeNames, String orcid,
		String openalexId, boolean openToCollaborate, List<AffiliationView> affiliations, MetricsView metrics,
		List<TopicChip> topics, long followerCount, boolean claimed) {

	public ResearcherProfile {
		alternativeNames = List.copyOf(alternativeNames);
		affiliations = List.copyOf(affiliations);
		topics = List.copyOf(topics);
	}

	/** The current affiliation, or null when none was imported. */
	public AffiliationView currentAffiliation() {
		return this.affiliations.stream().filter(AffiliationView::current).findFirst().orElse(null);
	}

	public record AffiliationView(String institutionKey, String name, String countryCode, Integer firstYear,
			Integer lastYear, boolean current) {

	}

	public record TopicChip(String key, String name, String field, int workCount) {

	}

	public record MetricsView(int worksCount, long citedByCount, int hIndex, int i10Index, double twoYearMeanCitedness,
			int topicCount, int closeCollaboratorCount) {

	}

}
