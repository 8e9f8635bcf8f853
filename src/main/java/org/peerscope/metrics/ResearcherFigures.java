package org.peerscope.metrics;

import java.util.SortedMap;

/**
 * A researcher's figures as computed from the works in the catalogue.
 *
 * @param yearlyCounts per calendar year: works published and citations received
 * @param noveltyPercent null when no work has two topics
 * @param aiScore null when no work has a publication year
 * @param mainField null when no work has a topic
 */
record ResearcherFigures(int worksCount, long citedByCount, int hIndex, int i10Index, double twoYearMeanCitedness,
		Integer firstPublicationYear, Integer lastPublicationYear, SortedMap<Integer, YearCount> yearlyCounts,
		int worksWithDoi, int worksWithTwoTopics, int novelWorks, Double noveltyPercent, Double aiScore,
		String mainField) {

	record YearCount(int works, long citations) {

	}

}
