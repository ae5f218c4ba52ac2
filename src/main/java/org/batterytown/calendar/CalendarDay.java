package org.batterytown.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A day the calendar sets apart from the weekly rule, with the notice it comes from. */
public record CalendarDay(LocalDate day, Kind kind, String name, @Nullable String source) {

	public enum Kind {

		/** A public holiday (or a weekday off moved from a weekend). */
		HOLIDAY,
		/** A weekend day work is moved to (调休上班). */
		WORKDAY

	}

}
