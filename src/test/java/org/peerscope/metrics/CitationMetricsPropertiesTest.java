package org.peerscope.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the formulas, checked on many generated inputs (a fixed seed per run, so
 * a failure names the input that broke it and always reproduces).
 */
class CitationMetricsPropertiesTest {

	static final int CASES = 2_000;

	@Test
	void hIndexIsAtMostTheNumberOfWorksAndTheCitations() {
		forAll(CitationMetricsPropertiesTest::citationCounts, (counts) -> {
			int h = CitationMetrics.hIndex(counts);
			assertThat(h).as(Arrays.toString(counts)).isBetween(0, counts.length);
			assertThat((long) h).as(Arrays.toString(counts)).isLessThanOrEqualTo(Arrays.stream(counts).sum());
			assertThat(CitationMetrics.i10Index(counts)).isBetween(0, counts.length);
		});
	}

	@Test
	void addingACitationNeverLowersTheHIndex() {
		forAll(CitationMetricsPropertiesTest::citationCounts, (counts) -> {
			if (counts.length == 0) {
				return;
			}
			int[] more = counts.clone();
			more[new Random(Arrays.hashCode(counts)).nextInt(more.length)]++;
			assertThat(CitationMetrics.hIndex(more)).as(Arrays.toString(counts))
				.isGreaterThanOrEqualTo(CitationMetrics.hIndex(counts));
			assertThat(CitationMetrics.i10Index(more)).isGreaterThanOrEqualTo(CitationMetrics.i10Index(counts));
		});
	}

	@Test
	void addingAWorkNeverLowersTheHIndex() {
		forAll(CitationMetricsPropertiesTest::citationCounts, (counts) -> {
			int[] more = Arrays.copyOf(counts, counts.length + 1);
			more[counts.length] = counts.length;
			assertThat(CitationMetrics.hIndex(more)).isGreaterThanOrEqualTo(CitationMetrics.hIndex(counts));
		});
	}

	@Test
	void hIndexMatchesItsDefinition() {
		forAll(CitationMetricsPropertiesTest::citationCounts, (counts) -> {
			int h = CitationMetrics.hIndex(counts);
			assertThat(Arrays.stream(counts).filter((c) -> c >= h).count()).isGreaterThanOrEqualTo(h);
			assertThat(Arrays.stream(counts).filter((c) -> c >= h + 1).count()).isLessThan(h + 1);
		});
	}

	@Test
	void sharesStayBetweenZeroAndAHundred() {
		forAll(CitationMetricsPropertiesTest::works, (works) -> {
			ResearcherFigures figures = CitationMetrics.figures(works, 2026);
			if (figures.noveltyPercent() != null) {
				assertThat(figures.noveltyPercent()).isBetween(0.0, 100.0);
			}
			if (figures.aiScore() != null) {
				assertThat(figures.aiScore()).isBetween(0.0, 100.0);
			}
			assertThat(figures.twoYearMeanCitedness()).isGreaterThanOrEqualTo(0);
			assertThat(figures.novelWorks()).isLessThanOrEqualTo(figures.worksWithTwoTopics())
				.isLessThanOrEqualTo(figures.worksCount());
			assertThat(figures.worksWithDoi()).isLessThanOrEqualTo(figures.worksCount());
			long yearlyWorks = figures.yearlyCounts()
				.values()
				.stream()
				.mapToLong(ResearcherFigures.YearCount::works)
				.sum();
			assertThat(yearlyWorks).isEqualTo(works.stream().filter((w) -> w.publicationYear() != null).count());
		});
	}

	@Test
	void anotherAiWorkNeverLowersTheAiScore() {
		forAll(CitationMetricsPropertiesTest::works, (works) -> {
			Double before = CitationMetrics.aiScore(works, 2026);
			List<WorkCitations> more = new ArrayList<>(works);
			more.add(new WorkCitations(0, 2000 + works.size() % 27, 0, Map.of(), false, 1, true, false, null));
			assertThat(CitationMetrics.aiScore(more, 2026)).isGreaterThanOrEqualTo((before != null) ? before : 0);
		});
	}

	private static int[] citationCounts(Random random) {
		int[] counts = new int[random.nextInt(40)];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = random.nextBoolean() ? random.nextInt(15) : (int) Math.exp(random.nextDouble() * 9);
		}
		return counts;
	}

	private static List<WorkCitations> works(Random random) {
		List<WorkCitations> works = new ArrayList<>();
		int count = random.nextInt(30);
		for (int i = 0; i < count; i++) {
			Integer year = (random.nextInt(10) == 0) ? null : 1990 + random.nextInt(40);
			Map<Integer, Integer> byYear = new HashMap<>();
			if (year != null) {
				for (int y = year; y <= 2026; y++) {
					if (random.nextBoolean()) {
						byYear.put(y, random.nextInt(20));
					}
				}
			}
			int topics = random.nextInt(4);
			works.add(new WorkCitations(i, year, byYear.values().stream().mapToInt(Integer::intValue).sum(), byYear,
					random.nextBoolean(), topics, topics > 0 && random.nextBoolean(),
					topics >= 2 && random.nextBoolean(), (topics > 0) ? "Field " + random.nextInt(3) : null));
		}
		return works;
	}

	private static <T> void forAll(java.util.function.Function<Random, T> generator, Consumer<T> property) {
		Random seeds = new Random(20261124L);
		for (int i = 0; i < CASES; i++) {
			long seed = seeds.nextLong();
			T input = generator.apply(new Random(seed));
			try {
				property.accept(input);
			}
			catch (AssertionError ex) {
				throw new AssertionError("Property failed for seed " + seed + ": " + ex.getMessage(), ex);
			}
		}
	}

}
