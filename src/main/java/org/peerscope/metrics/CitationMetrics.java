package org.peerscope.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The bibliometric formulas, as pure functions over a researcher's works. Each is written
 * down for users on /about/metrics.
 */
final class CitationMetrics {

	private CitationMetrics() {
	}

	/** The largest h such that h works have at least h citations each. */
	static int hIndex(int[] citationCounts) {
		int[] ascending = citationCounts.clone();
		Arrays.sort(ascending);
		int h = 0;
		for (int i = ascending.length - 1; i >= 0 && ascending[i] >= h + 1; i--) {
			h++;
		}
		return h;
	}

	/** The number of works with at least ten citations. */
	static int i10Index(int[] citationCounts) {
		return (int) Arrays.stream(citationCounts).filter((count) -> count >= 10).count();
	}

	/**
	 * Citations received in the two years before {@code referenceYear} by works published
	 * in those two years, divided by the number of those works; 0 when there are none.
	 */
	static double twoYearMeanCitedness(List<WorkCitations> works, int referenceYear) {
		int firstYear = referenceYear - 2;
		int lastYear = referenceYear - 1;
		List<WorkCitations> inWindow = works.stream()
			.filter((work) -> work.publicationYear() != null && work.publicationYear() >= firstYear
					&& work.publicationYear() <= lastYear)
			.toList();
		if (inWindow.isEmpty()) {
			return 0;
		}
		long citations = inWindow.stream()
			.mapToLong((work) -> work.citationsByYear().getOrDefault(firstYear, 0)
					+ (long) work.citationsByYear().getOrDefault(lastYear, 0))
			.sum();
		return (double) citations / inWindow.size();
	}

	static ResearcherFigures figures(List<WorkCitations> works, int referenceYear) {
		int[] citationCounts = works.stream().mapToInt(WorkCitations::citedByCount).toArray();
		SortedMap<Integer, ResearcherFigures.YearCount> yearly = new TreeMap<>();
		for (WorkCitations work : works) {
			if (work.publicationYear() != null) {
				yearly.merge(work.publicationYear(), new ResearcherFigures.YearCount(1, 0), CitationMetrics::add);
			}
			work.citationsByYear()
				.forEach((year, citations) -> yearly.merge(year, new ResearcherFigures.YearCount(0, citations),
						CitationMetrics::add));
		}
		Integer firstYear = works.stream()
			.map(WorkCitations::publicationYear)
			.filter(Objects::nonNull)
			.min(Integer::compare)
			.orElse(null);
		Integer lastYear = works.stream()
			.map(WorkCitations::publicationYear)
			.filter(Objects::nonNull)
			.max(Integer::compare)
			.orElse(null);
		return new ResearcherFigures(works.size(), Arrays.stream(citationCounts).asLongStream().sum(),
				hIndex(citationCounts), i10Index(citationCounts), twoYearMeanCitedness(works, referenceYear), firstYear,
				lastYear, yearly);
	}

	private static ResearcherFigures.YearCount add(ResearcherFigures.YearCount a, ResearcherFigures.YearCount b) {
		return new ResearcherFigures.YearCount(a.works() + b.works(), a.citations() + b.citations());
	}

}
