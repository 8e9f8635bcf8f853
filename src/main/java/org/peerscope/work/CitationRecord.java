package org.peerscope.work;

import java.time.LocalDate;
import java.util.List;

/**
 * What a citation export says about one work.
 *
 * @param authors printed names in byline order
 * @param url the work's page on this site
 */
record CitationRecord(String key, String title, String type, List<String> authors, Integer year, LocalDate date,
		String venue, String doi, String arxivId, String abstractText, String url) {

	CitationRecord {
		authors = List.copyOf(authors);
	}

}
