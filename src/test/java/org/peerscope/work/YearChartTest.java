package org.peerscope.work;

import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YearChartTest {

	@Test
	void everyYearOfTheRangeHasABarAndMissingYearsAreZero() {
		YearChart chart = YearChart.of(2025, 10, Map.of(2016, 4, 2020, 8, 2025, 2, 2010, 99));
		assertThat(chart.bars()).extracting(YearChart.Bar::year)
			.containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
		assertThat(chart.bars()).extracting(YearChart.Bar::value)
			.containsExactly(4L, 0L, 0L, 0L, 8L, 0L, 0L, 0L, 0L, 2L);
		assertThat(chart.max()).isEqualTo(8);
		assertThat(chart.total()).isEqualTo(14);
		assertThat(chart.bars().get(4).height()).isEqualTo(YearChart.HEIGHT - YearChart.AXIS - YearChart.TOP);
		assertThat(chart.bars().get(0).height()).isEqualTo(chart.bars().get(4).height() / 2);
		assertThat(chart.bars().get(1).height()).isZero();
		assertThat(chart.bars().get(9).shortYear()).isEqualTo("’25");
	}

	@Test
	void shortYearsKeepTheirLeadingZero() {
		YearChart chart = YearChart.of(2009, 10, Map.of());
		assertThat(chart.bars()).extracting(YearChart.Bar::shortYear)
			.containsExactly("’00", "’01", "’02", "’03", "’04", "’05", "’06", "’07", "’08", "’09");
	}

	@Test
	void anEmptyChartHasFlatBars() {
		YearChart chart = YearChart.of(2025, 10, Map.of());
		assertThat(chart.bars()).hasSize(10).allSatisfy((bar) -> assertThat(bar.height()).isZero());
		assertThat(chart.total()).isZero();
	}

	@Property
	void barsStayInsideTheDrawingAndGrowWithTheirValues(
			@ForAll @Size(10) java.util.List<@IntRange(min = 0, max = 1_000_000) Integer> values) {
		Map<Integer, Integer> byYear = new java.util.HashMap<>();
		for (int i = 0; i < values.size(); i++) {
			byYear.put(2016 + i, values.get(i));
		}
		YearChart chart = YearChart.of(2025, 10, byYear);
		for (YearChart.Bar bar : chart.bars()) {
			assertThat(bar.x()).isBetween(0, YearChart.WIDTH - bar.width());
			assertThat(bar.y()).isBetween(YearChart.TOP, chart.baseline());
			assertThat(bar.y() + bar.height()).isEqualTo(chart.baseline());
			assertThat(bar.height() > 0).isEqualTo(bar.value() > 0);
		}
		for (YearChart.Bar a : chart.bars()) {
			for (YearChart.Bar b : chart.bars()) {
				if (a.value() > b.value()) {
					assertThat(a.height()).isGreaterThanOrEqualTo(b.height());
				}
			}
		}
	}

}
