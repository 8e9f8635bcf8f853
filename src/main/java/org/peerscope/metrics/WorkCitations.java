package org.peerscope.metrics;

import java.util.Map;

/**
 * What the metrics need to know about one work of a researcher.
 *
 * @param publicationYear null when the source gives no date
 * @param citationsByYear citations received per calendar year; years without any are
 * absent
 * @param hasDoi whether the work has a DOI
 * @param topicCount how many topics the work is classified in
 * @param ai whether one of its topics is an AI / machine-learning topic
 * @param atypical whether one of its pairs of topics is atypical across the catalogue
 * @param field the field of its primary topic (or its best topic), null without topics
 */
record WorkCitations(long workId, Integer publicationYear, int citedByCount, Map<Integer, Integer> citationsByYear,
		boolean hasDoi, int topicCount, boolean ai, boolean atypical, String field) {

	WorkCitations {
		citationsByYear = Map.copyOf(citationsByYear);
	}

	/** A work known by its citations only: no DOI, no topics. */
	WorkCitations(long workId, Integer publicationYear, int citedByCount, Map<Integer, Integer> citationsByYear) {
		this(workId, publicationYear, citedByCount, citationsByYear, false, 0, false, false, null);
	}

}
