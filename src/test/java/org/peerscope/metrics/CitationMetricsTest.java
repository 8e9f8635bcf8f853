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

	@Nested
	class I10Boundary {

		@Test
		void exactlyTenCountsAndNineDoesNot() {
			assertThat(CitationMetrics.i10Index(new int[] { 10 })).isEqualTo(1);
			assertThat(CitationMetrics.i10Index(new int[] { 9 })).isZero();
		}

	}

	@Nested
	class TwoYearWindow {

		@Test
		void leavesOutCitationsReceivedInTheReferenceYearItself() {
			// A 2025 work cited 4 times in 2025 and 100 times in 2026: only 2025 is in
			// the
			// window for reference year 2026.
			List<WorkCitations> works = List.of(new WorkCitations(1, 2025, 104, Map.of(2025, 4, 2026, 100)));
			assertThat(CitationMetrics.twoYearMeanCitedness(works, 2026)).isCloseTo(4.0, within(1e-9));
		}

	}

	@Nested
	class Novelty {

		@Test
		void isTheShareOfMultiTopicWorksWithAnAtypicalPair() {
			List<WorkCitations> works = List.of(work(2, true, false, null), work(3, false, false, null),
					work(2, false, false, null), work(2, true, false, null),
					// one topic: cannot combine anything, left out of both counts
					work(1, false, false, null), work(0, false, false, null));
			// 2 of 4 works with two or more topics
			assertThat(CitationMetrics.noveltyPercent(works)).isCloseTo(50.0, within(1e-9));
		}

		@Test
		void isUndefinedWithoutWorksOfTwoTopics() {
			assertThat(CitationMetrics.noveltyPercent(List.of(work(1, false, false, null)))).isNull();
			assertThat(CitationMetrics.noveltyPercent(List.of())).isNull();
		}

		@Test
		void countsNovelWorksInTheFigures() {
			ResearcherFigures figures = CitationMetrics
				.figures(List.of(work(2, true, false, null), work(2, false, false, null)), 2026);
			assertThat(figures.worksWithTwoTopics()).isEqualTo(2);
			assertThat(figures.novelWorks()).isEqualTo(1);
			assertThat(figures.noveltyPercent()).isEqualTo(50.0);
		}

	}

	@Nested
	class AiScore {

		@Test
		void weighsRecentWorksMore() {
			// 2026 AI work weighs 1; a 2021 non-AI work weighs 0.5 (half-life of five
			// years): 1 / 1.5.
			List<WorkCitations> works = List.of(dated(2026, true), dated(2021, false));
			assertThat(CitationMetrics.aiScore(works, 2026)).isCloseTo(100.0 / 1.5, within(1e-9));
			// The other way round: 0.5 / 1.5.
			assertThat(CitationMetrics.aiScore(List.of(dated(2026, false), dated(2021, true)), 2026))
				.isCloseTo(100.0 / 3, within(1e-9));
		}

		@Test
		void leavesOutUndatedWorksAndIsUndefinedWithoutDatedOnes() {
			WorkCitations undatedAi = new WorkCitations(9, null, 0, Map.of(), false, 1, true, false, null);
			assertThat(CitationMetrics.aiScore(List.of(undatedAi, dated(2020, false)), 2026)).isZero();
			assertThat(CitationMetrics.aiScore(List.of(undatedAi), 2026)).isNull();
		}

		@Test
		void isAHundredWhenEveryDatedWorkIsAi() {
			assertThat(CitationMetrics.aiScore(List.of(dated(1990, true), dated(2030, true)), 2026)).isCloseTo(100.0,
					within(1e-9));
		}

		@Test
		void treatsWorksDatedAfterTheReferenceYearAsNew() {
			assertThat(CitationMetrics.recencyWeight(2030, 2026)).isEqualTo(1.0);
			assertThat(CitationMetrics.recencyWeight(2016, 2026)).isCloseTo(0.25, within(1e-12));
		}

	}

	@Nested
	class MainField {

		@Test
		void isTheFieldOfMostWorks() {
			List<WorkCitations> works = List.of(work(1, false, false, "Physics"), work(1, false, false, "Chemistry"),
					work(1, false, false, "Physics"), work(0, false, false, null));
			assertThat(CitationMetrics.mainField(works)).isEqualTo("Physics");
		}

		@Test
		void breaksTiesAlphabeticallyAndIsNullWithoutTopics() {
			assertThat(CitationMetrics
				.mainField(List.of(work(1, false, false, "Physics"), work(1, false, false, "Chemistry"))))
				.isEqualTo("Chemistry");
			assertThat(CitationMetrics.mainField(List.of(work(0, false, false, null)))).isNull();
		}

	}

	@Test
	void countsWorksWithADoi() {
		List<WorkCitations> works = List.of(new WorkCitations(1, 2020, 0, Map.of(), true, 0, false, false, null),
				new WorkCitations(2, 2020, 0, Map.of(), false, 0, false, false, null));
		assertThat(CitationMetrics.figures(works, 2026).worksWithDoi()).isEqualTo(1);
	}

	private static WorkCitations work(int topics, boolean atypical, boolean ai, String field) {
		return new WorkCitations(1, 2020, 0, Map.of(), false, topics, ai, atypical, field);
	}

	private static WorkCitations dated(int year, boolean ai) {
		return new WorkCitations(1, year, 0, Map.of(), false, 1, ai, false, null);
	}

}
