package org.batterytown.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days are working days: Monday to Friday unless a holiday, and a weekend day work was moved to.
 * Limits count from the day after the start (the day of receipt is not counted). A limit in calendar
 * days whose last day is not a working day ends on the next working day (民法典第203条: a period ending
 * on a statutory holiday ends on the day after it). Plain Java.
 */
public record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {

	public WorkingCalendar {
		holidays = Set.copyOf(holidays);
		workdays = Set.copyOf(workdays);
	}

	/** Weekends only: for tests and for years no notice covers yet. */
	public static WorkingCalendar weekendsOnly() {
		return new WorkingCalendar(Set.of(), Set.of());
	}

	public boolean isWorkingDay(LocalDate day) {
		if (workdays.contains(day)) {
			return true;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
	}

	/**
	 * The last day of a limit of {@code days} that starts on {@code start}; 0 working days is the start
	 * itself.
	 */
	public LocalDate due(LocalDate start, int days, DayType type) {
		if (days < 0) {
			throw new IllegalArgumentException("A limit cannot be negative");
		}
		if (type == DayType.CALENDAR) {
			LocalDate last = start.plusDays(days);
			while (!isWorkingDay(last)) {
				last = last.plusDays(1);
			}
			return last;
		}
		LocalDate day = start;
		for (int counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The working days after {@code start} up to and including {@code end}; 0 if end is not after start. */
	public int elapsed(LocalDate start, LocalDate end) {
		int count = 0;
		for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
