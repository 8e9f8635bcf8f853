package org.peerscope.search;

import java.util.List;

/**
 * The first hits of one kind and how many there are in all.
 *
 * @param total the number of hits, or a lower bound when {@code atLeast}
 * @param atLeast whether there are so many hits that only the first {@code total} were
 * looked at
 */
public record Hits<T>(List<T> items, long total, boolean atLeast) {

	public Hits {
		items = List.copyOf(items);
	}

	public static <T> Hits<T> none() {
		return new Hits<>(List.of(), 0, false);
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	/** Whether there are more hits than shown. */
	public boolean hasMore() {
		return this.atLeast || this.total > this.items.size();
	}

}
