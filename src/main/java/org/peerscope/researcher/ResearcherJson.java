package org.peerscope.researcher;

import java.util.List;

/**
 * The JSON form of a researcher profile ({@code GET /api/researchers/{key}}). Field names
 * are a public contract.
 *
 * @param affiliation the current institution's name, or null when none was imported
 */
record ResearcherJson(String key, String displayName, List<String> alternativeNames, String orcid, String openalexId,
		String affiliation, List<Affiliation> affiliations, boolean openToCollaborate, int worksCount,
		long citedByCount, int hIndex, int i10Index, double twoYearMeanCitedness, long followerCount, int topicCount,
		int closeCollaboratorCount, boolean claimed, List<Topic> topics) {

	static ResearcherJson of(ResearcherProfile profile) {
		ResearcherProfile.MetricsView metrics = (profile.metrics() != null) ? profile.metrics()
				: new ResearcherProfile.MetricsView(0, 0, 0, 0, 0, 0, 0);
		ResearcherProfile.AffiliationView current = profile.currentAffiliation();
		return new ResearcherJson(profile.key(), profile.displayName(), profile.alternativeNames(), profile.orcid(),
				profile.openalexId(), (current != null) ? current.name() : null,
				profile.affiliations()
					.stream()
					.map((a) -> new Affiliation(a.institutionKey(), a.name(), a.countryCode(), a.firstYear(),
							a.lastYear(), a.current()))
					.toList(),
				profile.openToCollaborate(), metrics.worksCount(), metrics.citedByCount(), metrics.hIndex(),
				metrics.i10Index(), metrics.twoYearMeanCitedness(), profile.followerCount(), metrics.topicCount(),
				metrics.closeCollaboratorCount(), profile.claimed(),
				profile.topics().stream().map((t) -> new Topic(t.key(), t.name(), t.field(), t.workCount())).toList());
	}

	record Affiliation(String key, String name, String countryCode, Integer firstYear, Integer lastYear,
			boolean current) {
	}

	record Topic(String key, String name, String field, int workCount) {
	}

}
