package org.peerscope.institution;

import java.util.List;

import org.peerscope.common.PageSlice;

/**
 * Everything an institution page shows.
 *
 * @param worksCount works by the researchers affiliated with it (now or before) and works
 * whose byline names it
 * @param researchers the affiliated researchers, current ones first
 * @param topTopics the topics its researchers work on most
 */
public record InstitutionPage(String key, String openalexId, String ror, String name, String countryCode, String type,
		String homepageUrl, long currentResearchersCount, long worksCount, PageSlice<Member> researchers,
		List<TopicCount> topTopics) {

	public InstitutionPage {
		topTopics = List.copyOf(topTopics);
	}

	/**
	 * @param current whether this is the researcher's current institution
	 */
	public record Member(String key, String name, Integer firstYear, Integer lastYear, boolean current,
			int worksCount) {

	}

	/**
	 * @param workCount works of the institution's researchers in the topic
	 */
	public record TopicCount(String key, String name, String field, long workCount) {

	}

}
