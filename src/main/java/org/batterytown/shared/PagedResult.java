package org.batterytown.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to ask for the next one. */
public record PagedResult<T>(List<T> content, int page, int size, long totalElements) {

	public PagedResult {
		content = List.copyOf(content);
	}

	/** The largest page a client may ask for. */
	public static final int MAX_SIZE = 200;

	/**
	 * Cuts one page out of a list that is already filtered and sorted; a negative page counts as the
	 * first, and the size is held between 1 and {@link #MAX_SIZE}.
	 */
	public static <T> PagedResult<T> of(List<T> all, int page, int size) {
		page = Math.max(0, page);
		size = Math.max(1, Math.min(MAX_SIZE, size));
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new PagedResult<>(all.subList(from, to), page, size, all.size());
	}

	public int totalPages() {
		return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
	}

	public <R> PagedResult<R> map(Function<T, R> mapper) {
		return new PagedResult<>(content.stream().map(mapper).toList(), page, size, totalElements);
	}

}
