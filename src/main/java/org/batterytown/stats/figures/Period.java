package org.batterytown.stats.figures;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A run of whole months, from the first to the last inclusive, of one kind. Year-on-year compares it
 * with the same months a year earlier; period-on-period with the period of the same kind before it,
 * which a year-to-date total does not have (statistics publish no month-on-month of a cumulative).
 */
public record Period(PeriodKind kind, YearMonth from, YearMonth to) {

	public Period {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("a period ends after it starts");
		}
	}

	/** The period of the given kind that ends with, or (for a year or quarter) contains, a month. */
	public static Period of(PeriodKind kind, YearMonth month) {
		return switch (kind) {
			case MONTH -> new Period(kind, month, month);
			case QUARTER -> {
				YearMonth first = month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
				yield new Period(kind, first, first.plusMonths(2));
			}
			case YEAR_TO_DATE -> new Period(kind, month.withMonth(1), month);
			case YEAR -> new Period(kind, month.withMonth(1), month.withMonth(12));
		};
	}

	public Period yearEarlier() {
		return new Period(kind, from.minusYears(1), to.minusYears(1));
	}

	/** The period before of the same kind, or {@literal null} for a year-to-date total. */
	public @Nullable Period previous() {
		return switch (kind) {
			case MONTH -> new Period(kind, from.minusMonths(1), to.minusMonths(1));
			case QUARTER -> new Period(kind, from.minusMonths(3), to.minusMonths(3));
			case YEAR_TO_DATE -> null;
			case YEAR -> yearEarlier();
		};
	}

	public boolean contains(YearMonth month) {
		return !month.isBefore(from) && !month.isAfter(to);
	}

	public int monthCount() {
		return (int) ChronoUnit.MONTHS.between(from, to) + 1;
	}

	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

}
