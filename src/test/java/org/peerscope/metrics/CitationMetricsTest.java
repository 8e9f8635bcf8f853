package org.peerscope.metrics;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CitationMetricsTest {

	@Nested
	class HIndex {

		@Test
		void isZeroWithoutWorks() {
			assertThat(CitationMetrics.hIndex(new int[0])).isZero();
		}

		@Test
		void isZeroWhenNothingIsCited() {
			assertThat(CitationMetrics.hIndex(new int[] { 0, 0, 0 })).isZero();
		}

		@Test
		void countsTiesAtTheThreshold() {
			// Three works with three citations each: h = 3, not 4.
			assertThat(CitationMetrics.hIndex(new int[] { 3, 3, 3, 3 })).isEqualTo(3);
			assertThat(CitationMetrics.hIndex(new int[] { 3, 3, 3 })).isEqualTo(3);
		}

		@Test
		void oneHugePaperGivesOne() {
			assertThat(CitationMetrics.hIndex(new int[] { 10_000 })).isEqualTo(1);
			assertThat(CitationMetrics.hIndex(new int[] { 10_000, 0, 0 })).isEqualTo(1);
		}

		@Test
		void ignoresInputOrder() {
			// Sorted: 25, 8, 5, 4, 3, 0 -> four works with at least four citations.
			assertThat(CitationMetrics.hIndex(new int[] { 3, 25, 0, 5, 8, 4 })).isEqualTo(4);
		}

		@Test
		void doesNotReorderTheCallersArray() {
			int[] citations = { 1, 9, 4 };
			CitationMetrics.hIndex(citations);
			assertThat(citations).containsExactly(1, 9, 4);
		}

	}

	@Nested
	class I10Index {

		@Test
		void countsWorksWithAtLeastTenCitations() {
			assertThat(CitationMetrics.i10Index(new int[] { 9, 10, 11, 100, 0 })).isEqualTo(3);
		}

		@Test
		void isZeroWithoutWorks() {
			assertThat(CitationMetrics.i10Index(new int[0])).isZero();
		}

	}

	@Nested
	class TwoYearMeanCitedness {

		@Test
		void averagesCitationsInTheTwoPreviousYearsOfWorksFromThoseYears() {
			List<WorkCitations> works = List.of(
					// 2024 work: 4 citations in 2024, 6 in 2025 -> 10 in the window
					new WorkCitations(1, 2024, 12, Map.of(2024, 4, 2025, 6, 2026, 2)),
					// 2025 work: 2 citations in 2025 -> 2
					new WorkCitations(2, 2025, 2, Map.of(2025, 2)),
					// outside the window by publication year: ignored
					new WorkCitations(3, 2023, 50, Map.of(2024, 20, 2025, 30)),
					new WorkCitations(4, 2026, 5, Map.of(2026, 5)));
			assertThat(CitationMetrics.twoYearMeanCitedness(works, 2026)).isCloseTo(6.0, within(1e-9));
		}

		@Test
		void isZeroWhenNoWorkFallsInTheWindow() {
			assertThat(
					CitationMetrics.twoYearMeanCitedness(List.of(new WorkCitations(1, 2010, 5, Map.of(2011, 5))), 2026))
				.isZero();
			assertThat(CitationMetrics.twoYearMeanCitedness(List.of(), 2026)).isZero();
		}

		@Test
		void countsUncitedWorksInTheDenominator() {
			List<WorkCitations> works = List.of(new WorkCitations(1, 2025, 3, Map.of(2025, 3)),
					new WorkCitations(2, 2025, 0, Map.of()), new WorkCitations(3, null, 0, Map.of()));
			assertThat(CitationMetrics.twoYearMeanCitedness(works, 2026)).isCloseTo(1.5, within(1e-9));
		}

	}

	@Test
	void figuresAddUpWorksAndCitationsPerYear() {
		List<WorkCitations> works = List.of(new WorkCitations(1, 2020, 7, Map.of(2020, 1, 2021, 6)),
				new WorkCitations(2, 2021, 3, Map.of(2021, 3)), new WorkCitations(3, null, 1, Map.of(2022, 1)));
		ResearcherFigures figures = CitationMetrics.figures(works, 2026);
		assertThat(figures.worksCount()).isEqualTo(3);
		assertThat(figures.citedByCount()).isEqualTo(11);
		assertThat(figures.hIndex()).isEqualTo(2);
		assertThat(figures.firstPublicationYear()).isEqualTo(2020);
		assertThat(figures.lastPublicationYear()).isEqualTo(2021);
		assertThat(figures.yearlyCounts()).containsEntry(2020, new ResearcherFigures.YearCount(1, 1))
			.containsEntry(2021, new ResearcherFigures.YearCount(1, 9))
			.containsEntry(2022, new ResearcherFigures.YearCount(0, 1))
			.hasSize(3);
	}

}
