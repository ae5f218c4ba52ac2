package org.batterytown.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.batterytown.IntegrationTest;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The seeded national schedule, an admin's local day, and who may change the calendar. */
class CalendarsTests extends IntegrationTest {

	@Autowired
	Calendars calendars;

	@Test
	void theStateCouncilsScheduleIsSeededWithItsNotice() {
		assertThat(calendars.year(2026)).filteredOn(d -> d.day().equals(LocalDate.of(2026, 2, 14))).singleElement()
			.satisfies(d -> {
				assertThat(d.kind()).isEqualTo(CalendarDay.Kind.WORKDAY);
				assertThat(d.source()).contains("2026年部分节假日安排");
			});
		WorkingCalendar calendar = calendars.current();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
		assertThat(calendar.due(LocalDate.of(2026, 4, 30), 3, DayType.WORKING)).isEqualTo(LocalDate.of(2026, 5, 8));
	}

	@Test
	void anAdminAddsALocalDayAndTheClocksFollowAtOnce() {
		LocalDate day = LocalDate.of(2027, 3, 3);
		assertThat(calendars.current().isWorkingDay(day)).isTrue();
		calendars.set(Actor.system(), day, CalendarDay.Kind.HOLIDAY, "测试用地方假日", null);
		assertThat(calendars.current().isWorkingDay(day)).isFalse();
		calendars.remove(Actor.system(), day);
		assertThat(calendars.current().isWorkingDay(day)).isTrue();
	}

	@Test
	void aMovedWorkdayOnAWeekdayAndMissingFieldsAreRefusedAndOnlyAdminsChangeTheCalendar() throws Exception {
		assertThatThrownBy(() -> calendars.set(Actor.system(), LocalDate.of(2027, 3, 3), CalendarDay.Kind.WORKDAY, " ", null))
			.isInstanceOfSatisfying(RuleViolations.class, ex -> assertThat(ex.violations())
				.extracting(RuleViolation::field).containsExactly("name", "kind"));
		String staff = ensureUser("calendar-staff", Role.STAFF, pingding().id().value(), null);
		assertThatThrownBy(() -> calendars.set(new Actor(staff, Role.STAFF, pingding().id().value(), null),
				LocalDate.of(2027, 3, 3), CalendarDay.Kind.HOLIDAY, "x", null)).isInstanceOf(NotAllowed.class);
		var api = api().put("/api/v1/calendar/2027-03-06", "admin", ADMIN_PASSWORD, Map.of("kind", "WORKDAY"), null);
		assertThat(api.status()).isEqualTo(422);
		assertThat(api.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
		assertThat(api().get("/api/v1/calendar?year=2025", staff, USER_PASSWORD).text()).contains("2025-01-28");
	}

}
