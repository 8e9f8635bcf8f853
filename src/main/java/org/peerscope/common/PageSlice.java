package org.peerscope.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, numbered from 1.
 */
public record PageSlice<T>(List<T> items, int page, int size, long totalItems) {

	public PageSlice {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) Math.max(1, (this.totalItems + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	public <R> PageSlice<R> map(Function<T, R> mapper) {
		return new PageSlice<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.totalItems);
	}

	/** The offset of the first item of {@code page} (1-based) for a page size. */
	public static long offset(int page, int size) {
		return (long) (page - 1) * size;
	}

}
