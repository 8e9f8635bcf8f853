package org.peerscope.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * A researcher's figures as the metrics block and the API show them: ours, computed from
 * the works in the catalogue, and, when the imported source states its own, the source's
 * with the reason they differ.
 *
 * @param noveltyPercent null when no work has two topics
 * @param aiScore null when no work has a publication year
 * @param field the main field, null when no work has a topic
 * @param years works published and citations received per calendar year, oldest first
 * @param source the source's own figures, or null when the source states none
 */
public record MetricsReport(int worksCount, long citedByCount, int hIndex, int i10Index, double twoYearMeanCitedness,
		Double noveltyPercent, int worksWithTwoTopics, int novelWorks, Double aiScore, String field,
		Integer firstPublicationYear, Integer lastPublicationYear, List<YearFigures> years, SourceFigures source) {

	public MetricsReport {
		years = List.copyOf(years);
	}

	/** The most recent {@code count} years of {@link #years()}, oldest first. */
	public List<YearFigures> recentYears(int count) {
		return this.years.subList(Math.max(0, this.years.size() - count), this.years.size());
	}

	/** The largest yearly count among {@link #recentYears(int)}, for scaling bars. */
	public long maxCitationsPerYear(int count) {
		return Math.max(1, recentYears(count).stream().mapToLong(YearFigures::citations).max().orElse(0));
	}

	public int maxWorksPerYear(int count) {
		return Math.max(1, recentYears(count).stream().mapToInt(YearFigures::works).max().orElse(0));
	}

	public record YearFigures(int year, int works, long citations) {

	}

	/**
	 * What an imported source states about the researcher, compared with our figures.
	 *
	 * @param name the source ("openalex")
	 * @param date the date of the source's figures
	 * @param reason why our figures differ, or null when every stated figure equals ours
	 */
	public record SourceFigures(String name, LocalDate date, Integer worksCount, Long citedByCount, Integer hIndex,
			Integer i10Index, Double twoYearMeanCitedness, List<Comparison> comparisons, Difference reason) {

		public SourceFigures {
			comparisons = List.copyOf(comparisons);
		}

		public boolean differs() {
			return this.reason != null;
		}

	}

	/**
	 * One figure side by side: {@code figure} is a message key suffix (works, citations,
	 * h, i10, twoYear); values are formatted for display.
	 */
	public record Comparison(String figure, String ours, String theirs, boolean differs) {

	}

	/**
	 * Why our figures differ from the source's, as a message key suffix and its
	 * arguments.
	 */
	public record Difference(String code, List<Object> arguments) {

		public Difference {
			arguments = List.copyOf(arguments);
		}

		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

	}

}
