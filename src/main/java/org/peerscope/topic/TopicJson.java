package org.peerscope.topic;

import java.util.List;

/**
 * The JSON form of a topic ({@code GET /api/topics/{key}}). Field names are a public
 * contract.
 */
record TopicJson(String key, String openalexId, String arxivCategory, String displayName, String description,
		String subfield, String field, String domain, long worksCount, long researchersCount, int page, int size,
		List<TopicPage.Researcher> topResearchers, int worksPage, List<TopicPage.Work> recentWorks) {

	static TopicJson of(TopicPage topic) {
		return new TopicJson(topic.key(), topic.openalexId(), topic.arxivCategory(), topic.name(), topic.description(),
				topic.subfield(), topic.field(), topic.domain(), topic.worksCount(), topic.researchersCount(),
				topic.researchers().page(), topic.researchers().size(), topic.researchers().items(),
				topic.works().page(), topic.works().items());
	}

}
