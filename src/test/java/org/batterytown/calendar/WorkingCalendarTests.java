package org.batterytown.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Working days across the 2026 Spring Festival and National Day as the State Council scheduled them. */
class WorkingCalendarTests {

	private static final LocalDate D = LocalDate.of(2026, 1, 1);

	/** 2026: 春节 2-15…2-23 off, 2-14 and 2-28 (Saturdays) worked; 国庆 10-1…10-7 off, 9-20 and 10-10 worked. */
	private final WorkingCalendar calendar = new WorkingCalendar(
			Set.of(day(2, 15), day(2, 16), day(2, 17), day(2, 18), day(2, 19), day(2, 20), day(2, 21), day(2, 22),
					day(2, 23), day(10, 1), day(10, 2), day(10, 3), day(10, 4), day(10, 5), day(10, 6), day(10, 7)),
			Set.of(day(2, 14), day(2, 28), day(9, 20), day(10, 10)));

	@Test
	void aLimitInWorkingDaysSkipsTheHolidayAndCountsTheMovedSaturday() {
		// from Thu 12 Feb: Fri 13 (1), Sat 14 worked (2), 15–23 off, Tue 24 (3)
		assertThat(calendar.due(day(2, 12), 3, DayType.WORKING)).isEqualTo(day(2, 24));
		assertThat(calendar.elapsed(day(2, 12), day(2, 24))).isEqualTo(3);
		assertThat(calendar.elapsed(day(2, 12), day(2, 23))).isEqualTo(2);
		// weekends only, the same start is due on Tue 17
		assertThat(WorkingCalendar.weekendsOnly().due(day(2, 12), 3, DayType.WORKING)).isEqualTo(day(2, 17));
	}

	@Test
	void aLimitInCalendarDaysEndingOnAHolidayEndsOnTheNextWorkingDay() {
		// 7 days from Mon 28 Sep is Mon 5 Oct, inside National Day: the limit ends Thu 8 Oct
		assertThat(calendar.due(day(9, 28), 7, DayType.CALENDAR)).isEqualTo(day(10, 8));
		// 7 days from Mon 14 Sep is Mon 21 Sep, a working day
		assertThat(calendar.due(day(9, 14), 7, DayType.CALENDAR)).isEqualTo(day(9, 21));
	}

	@Test
	void aZeroLimitIsTheStartAndNothingElapsesBackwards() {
		assertThat(calendar.due(day(3, 2), 0, DayType.WORKING)).isEqualTo(day(3, 2));
		assertThat(calendar.elapsed(day(3, 10), day(3, 2))).isZero();
		assertThat(calendar.isWorkingDay(day(9, 20))).isTrue();
		assertThat(calendar.isWorkingDay(day(10, 1))).isFalse();
		assertThat(calendar.isWorkingDay(day(3, 7))).isFalse();
	}

	private static LocalDate day(int month, int dayOfMonth) {
		return D.withMonth(month).withDayOfMonth(dayOfMonth);
	}

}
