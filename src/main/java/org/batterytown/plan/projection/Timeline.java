package org.batterytown.plan.projection;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** The months a projection covers, from {@code start} to {@code end} inclusive, addressed by index. */
public record Timeline(YearMonth start, YearMonth end) {

	public Timeline {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A timeline ends after it starts: " + start + " to " + end);
		}
	}

	public int size() {
		return index(end) + 1;
	}

	/** The index of a month: negative before the start, {@link #size()} or more after the end. */
	public int index(YearMonth month) {
		return (int) ChronoUnit.MONTHS.between(start, month);
	}

	public YearMonth month(int index) {
		return start.plusMonths(index);
	}

}
