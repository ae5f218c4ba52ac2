package org.batterytown.calendar.web;

import java.time.LocalDate;

import org.batterytown.calendar.CalendarDay;
import org.jspecify.annotations.Nullable;

/** The calendar page's form (and the API body) for setting a day apart. */
record CalendarDayForm(@Nullable LocalDate day, CalendarDay.@Nullable Kind kind, @Nullable String name,
		@Nullable String source) {
}
