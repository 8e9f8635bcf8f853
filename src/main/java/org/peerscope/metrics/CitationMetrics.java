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

	/** A work's weight in the AI score halves every this many years of age. */
	static final double AI_HALF_LIFE_YEARS = 5;

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

	/**
	 * The share of the works classified in at least two topics that combine an atypical
	 * pair of topics, in percent; null when no work has two topics.
	 */
	static Double noveltyPercent(List<WorkCitations> works) {
		long combined = works.stream().filter((work) -> work.topicCount() >= 2).count();
		if (combined == 0) {
			return null;
		}
		long novel = works.stream().filter((work) -> work.topicCount() >= 2 && work.atypical()).count();
		return 100.0 * novel / combined;
	}

	/**
	 * The recency-weighted share of works in AI / machine-learning topics, in percent: a
	 * work published {@code a} years before {@code referenceYear} weighs
	 * {@code 0.5^(a / AI_HALF_LIFE_YEARS)}; works without a year are left out; null when
	 * no work has a year.
	 */
	static Double aiScore(List<WorkCitations> works, int referenceYear) {
		double total = 0;
		double ai = 0;
		for (WorkCitations work : works) {
			if (work.publicationYear() == null) {
				continue;
			}
			double weight = recencyWeight(work.publicationYear(), referenceYear);
			total += weight;
			if (work.ai()) {
				ai += weight;
			}
		}
		return (total > 0) ? Math.min(100, 100 * ai / total) : null;
	}

	static double recencyWeight(int publicationYear, int referenceYear) {
		int age = Math.max(0, referenceYear - publicationYear);
		return Math.pow(0.5, age / AI_HALF_LIFE_YEARS);
	}

	/**
	 * The field most of the works are in (by their primary topic); ties go to the name
	 * first in alphabetical order; null when no work has a topic.
	 */
	static String mainField(List<WorkCitations> works) {
		SortedMap<String, Integer> counts = new TreeMap<>();
		works.stream()
			.map(WorkCitations::field)
			.filter(Objects::nonNull)
			.forEach((field) -> counts.merge(field, 1, Integer::sum));
		String best = null;
		for (var entry : counts.entrySet()) {
			if (best == null || entry.getValue() > counts.get(best)) {
				best = entry.getKey();
			}
		}
		return best;
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
				lastYear, yearly, (int) works.stream().filter(WorkCitations::hasDoi).count(),
				(int) works.stream().filter((work) -> work.topicCount() >= 2).count(),
				(int) works.stream().filter((work) -> work.topicCount() >= 2 && work.atypical()).count(),
				noveltyPercent(works), aiScore(works, referenceYear), mainField(works));
	}

	private static ResearcherFigures.YearCount add(ResearcherFigures.YearCount a, ResearcherFigures.YearCount b) {
		return new ResearcherFigures.YearCount(a.works() + b.works(), a.citations() + b.citations());
	}

}
