package org.batterytown.stats;

import java.time.Instant;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** A month of a park in the month list: closed or not, and how its reporting stands. */
public record MonthState(YearMonth month, boolean closed, @Nullable Instant closedAt, @Nullable String closedBy,
		int expected, int accepted, int owing) {
}
