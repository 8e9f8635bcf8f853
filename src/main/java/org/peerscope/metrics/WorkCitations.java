package org.peerscope.metrics;

import java.util.Map;

/**
 * What the metrics need to know about one work of a researcher.
 *
 * @param publicationYear null when the source gives no date
 * @param citationsByYear citations received per calendar year; years without any are
 * absent
 */
record WorkCitations(long workId, Integer publicationYear, int citedByCount, Map<Integer, Integer> citationsByYear) {

	WorkCitations {
		citationsByYear = Map.copyOf(citationsByYear);
	}

}
