package org.peerscope.institution;

import java.util.List;

/**
 * The JSON form of an institution ({@code GET /api/institutions/{key}}). Field names are
 * a public contract.
 */
record InstitutionJson(String key, String openalexId, String ror, String displayName, String countryCode, String type,
		String homepageUrl, long researchersCount, long currentResearchersCount, long worksCount, int page, int size,
		List<InstitutionPage.Member> researchers, List<InstitutionPage.TopicCount> topTopics) {

	static InstitutionJson of(InstitutionPage institution) {
		return new InstitutionJson(institution.key(), institution.openalexId(), institution.ror(), institution.name(),
				institution.countryCode(), institution.type(), institution.homepageUrl(),
				institution.researchers().totalItems(), institution.currentResearchersCount(), institution.worksCount(),
				institution.researchers().page(), institution.researchers().size(), institution.researchers().items(),
				institution.topTopics());
	}

}
