package org.peerscope.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bar chart of one figure per calendar year, laid out for a server-rendered SVG: every
 * year of the range has a bar, years without a value show as zero.
 *
 * @param bars one per year, oldest first
 * @param max the largest value (0 when all are zero)
 */
public record YearChart(List<Bar> bars, long max, long total) {

	/** The SVG's coordinate system. */
	public static final int WIDTH = 320;

	public static final int HEIGHT = 140;

	/** Space under the bars for the year labels, above them for the values. */
	static final int AXIS = 18;

	static final int TOP = 16;

	public YearChart {
		bars = List.copyOf(bars);
	}

	/**
	 * The chart for the {@code years} years ending with {@code lastYear}.
	 */
	public static YearChart of(int lastYear, int years, Map<Integer, ? extends Number> values) {
		int first = lastYear - years + 1;
		long max = 0;
		long total = 0;
		for (int year = first; year <= lastYear; year++) {
			Number value = values.get(year);
			long v = (value != null) ? value.longValue() : 0;
			max = Math.max(max, v);
			total += v;
		}
		double slot = (double) WIDTH / years;
		int barWidth = (int) Math.max(2, Math.round(slot * 0.64));
		int plot = HEIGHT - AXIS - TOP;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < years; i++) {
			int year = first + i;
			Number value = values.get(year);
			long v = (value != null) ? value.longValue() : 0;
			int height = (max == 0) ? 0 : (int) Math.round((double) v / max * plot);
			if (v > 0 && height < 2) {
				height = 2;
			}
			int x = (int) Math.round(i * slot + (slot - barWidth) / 2);
			int labelX = (int) Math.round(i * slot + slot / 2);
			bars.add(new Bar(year, v, x, HEIGHT - AXIS - height, barWidth, height, labelX));
		}
		return new YearChart(bars, max, total);
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	/** The y of the baseline. */
	public int baseline() {
		return HEIGHT - AXIS;
	}

	/** The y of the year labels. */
	public int labelY() {
		return HEIGHT - 4;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/**
	 * @param x left edge of the bar
	 * @param y top edge of the bar
	 * @param labelX centre of the slot, for the year label and the value
	 */
	public record Bar(int year, long value, int x, int y, int width, int height, int labelX) {

		/** Two-digit year label for narrow slots ("'24"). */
		public String shortYear() {
			int twoDigits = Math.floorMod(this.year, 100);
			return ((twoDigits < 10) ? "’0" : "’") + twoDigits;
		}

		public int valueY() {
			return this.y - 4;
		}

	}

}
