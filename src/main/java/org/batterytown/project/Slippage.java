package org.batterytown.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * How late a milestone is against its baseline, in days: actual minus planned once it happened; while
 * it has not, the days it is overdue by today (0 while not yet due). Unknown without a baseline.
 */
final class Slippage {

	private Slippage() {
	}

	static @Nullable Long days(@Nullable LocalDate planned, @Nullable LocalDate actual, LocalDate today) {
		if (planned == null) {
			return null;
		}
		if (actual != null) {
			return ChronoUnit.DAYS.between(planned, actual);
		}
		return Math.max(0, ChronoUnit.DAYS.between(planned, today));
	}

}
