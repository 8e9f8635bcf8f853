package org.peerscope.metrics;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerscope.metrics.MetricsReport.Comparison;
import org.peerscope.metrics.MetricsReport.SourceFigures;

import static org.assertj.core.api.Assertions.assertThat;

class SourceComparisonTest {

	static final LocalDate DATE = LocalDate.of(2026, 11, 1);

	@Test
	void saysNothingWhenEveryStatedFigureIsOurs() {
		SourceFigures figures = SourceComparison.compare(12, 340, 7, 5, 2.5,
				new SourceComparison.Stated("openalex", DATE, 12, 340L, 7, 5, 2.504));
		assertThat(figures.differs()).isFalse();
		assertThat(figures.reason()).isNull();
		assertThat(figures.comparisons()).extracting(Comparison::differs).containsOnly(false);
	}

	@Test
	void blamesWorksThatAreNotImported() {
		SourceFigures figures = SourceComparison.compare(10, 300, 6, 5, 2.5,
				new SourceComparison.Stated("openalex", DATE, 12, 340L, 7, 5, 2.5));
		assertThat(figures.reason().code()).isEqualTo("notImported");
		assertThat(figures.reason().arguments()).containsExactly(2, 12, DATE);
		assertThat(figures.comparisons()).containsExactly(new Comparison("works", "10", "12", true),
				new Comparison("citations", "300", "340", true), new Comparison("h", "6", "7", true),
				new Comparison("i10", "5", "5", false), new Comparison("twoYear", "2.50", "2.50", false));
	}

	@Test
	void notesWorksLinkedHereThatTheSourceDoesNotCount() {
		SourceFigures figures = SourceComparison.compare(14, 340, 7, 5, 2.5,
				new SourceComparison.Stated("openalex", DATE, 12, 340L, 7, 5, 2.5));
		assertThat(figures.reason().code()).isEqualTo("moreHere");
		assertThat(figures.reason().arguments()).containsExactly(2, DATE);
	}

	@Test
	void withTheSameWorksPutsDifferencesOnTheDatesOfTheCounts() {
		SourceFigures figures = SourceComparison.compare(12, 1_341, 7, 5, 2.5,
				new SourceComparison.Stated("openalex", DATE, 12, 1_340L, 7, 5, 2.5));
		assertThat(figures.reason().code()).isEqualTo("dates");
		assertThat(figures.comparisons()).contains(new Comparison("citations", "1,341", "1,340", true));
	}

	@Test
	void comparesOnlyWhatTheSourceStates() {
		SourceFigures figures = SourceComparison.compare(12, 340, 7, 5, 2.5,
				new SourceComparison.Stated("openalex", DATE, null, 340L, null, null, null));
		assertThat(figures.comparisons()).extracting(Comparison::figure).isEqualTo(List.of("citations"));
		assertThat(figures.differs()).isFalse();
	}

}
