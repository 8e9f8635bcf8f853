package org.peerscope.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.peerscope.metrics.MetricsReport.Comparison;
import org.peerscope.metrics.MetricsReport.Difference;
import org.peerscope.metrics.MetricsReport.SourceFigures;

/**
 * Puts the source's own figures next to ours and says why they differ.
 */
final class SourceComparison {

	/** Two-year mean citedness is shown with two decimals; closer than this is equal. */
	static final double CITEDNESS_TOLERANCE = 0.005;

	private SourceComparison() {
	}

	/** The figures a source states; any may be missing. */
	record Stated(String name, LocalDate date, Integer worksCount, Long citedByCount, Integer hIndex, Integer i10Index,
			Double twoYearMeanCitedness) {

	}

	static SourceFigures compare(int worksCount, long citedByCount, int hIndex, int i10Index,
			double twoYearMeanCitedness, Stated stated) {
		List<Comparison> comparisons = new ArrayList<>();
		add(comparisons, "works", (long) worksCount, toLong(stated.worksCount()));
		add(comparisons, "citations", citedByCount, stated.citedByCount());
		add(comparisons, "h", (long) hIndex, toLong(stated.hIndex()));
		add(comparisons, "i10", (long) i10Index, toLong(stated.i10Index()));
		if (stated.twoYearMeanCitedness() != null) {
			comparisons
				.add(new Comparison("twoYear", decimal(twoYearMeanCitedness), decimal(stated.twoYearMeanCitedness()),
						Math.abs(twoYearMeanCitedness - stated.twoYearMeanCitedness()) >= CITEDNESS_TOLERANCE));
		}
		Difference reason = comparisons.stream().anyMatch(Comparison::differs)
				? reason(worksCount, stated.worksCount(), stated.date()) : null;
		return new SourceFigures(stated.name(), stated.date(), stated.worksCount(), stated.citedByCount(),
				stated.hIndex(), stated.i10Index(), stated.twoYearMeanCitedness(), comparisons, reason);
	}

	/**
	 * Missing works explain every other difference; with the same works, the counts were
	 * taken on different dates (the source's summary against each work's own import).
	 */
	static Difference reason(int worksCount, Integer sourceWorksCount, LocalDate sourceDate) {
		if (sourceWorksCount != null && sourceWorksCount > worksCount) {
			return new Difference("notImported", List.of(sourceWorksCount - worksCount, sourceWorksCount, sourceDate));
		}
		if (sourceWorksCount != null && sourceWorksCount < worksCount) {
			return new Difference("moreHere", List.of(worksCount - sourceWorksCount, sourceDate));
		}
		return new Difference("dates", List.of(sourceDate));
	}

	private static void add(List<Comparison> comparisons, String figure, long ours, Long theirs) {
		if (theirs != null) {
			comparisons.add(new Comparison(figure, integer(ours), integer(theirs), !Objects.equals(ours, theirs)));
		}
	}

	private static Long toLong(Integer value) {
		return (value != null) ? value.longValue() : null;
	}

	private static String integer(long value) {
		return String.format(Locale.ENGLISH, "%,d", value);
	}

	private static String decimal(double value) {
		return String.format(Locale.ENGLISH, "%.2f", value);
	}

}
