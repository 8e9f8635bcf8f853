package org.peerscope.metrics;

import java.util.SortedMap;

/**
 * A researcher's figures as computed from the works in the catalogue.
 *
 * @param yearlyCounts per calendar year: works published and citations received
 */
record ResearcherFigures(int worksCount, long citedByCount, int hIndex, int i10Index, double twoYearMeanCitedness,
		Integer firstPublicationYear, Integer lastPublicationYear, SortedMap<Integer, YearCount> yearlyCounts) {

	record YearCount(int works, long citations) {

	}

}
