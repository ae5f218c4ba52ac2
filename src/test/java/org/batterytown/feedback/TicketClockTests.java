package org.batterytown.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.batterytown.calendar.WorkingCalendar;
import org.batterytown.shared.LocalizedText;
import org.batterytown.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A ticket's clock across the 2026 Spring Festival, its answer, rating and reopening. */
class TicketClockTests {

	private static final Category HELP = new Category("HELP", new LocalizedText("求助", null), 3, "test");

	/** 2026: 15–23 Feb off; Sat 14 and Sat 28 Feb worked. */
	private final WorkingCalendar calendar;

	TicketClockTests() {
		Set<LocalDate> off = new HashSet<>();
		for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
			off.add(d);
		}
		calendar = new WorkingCalendar(off, Set.of(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28)));
	}

	private Ticket filedOn(LocalDate day) {
		return Ticket.file(UUID.randomUUID(), UUID.randomUUID(), null, HELP, "停电影响石墨化", "2 月 12 日起供电不稳", day,
				calendar, "clerk", Instant.EPOCH);
	}

	@Test
	void theClockCountsWorkingDaysAcrossTheConfiguredHoliday() {
		// filed Thu 12 Feb, 3 working days: Fri 13, Sat 14 (worked), Tue 24 after the festival
		Ticket t = filedOn(LocalDate.of(2026, 2, 12));
		assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 2, 24));
		TicketView onDue = t.view(names(), HELP, List.of(), LocalDate.of(2026, 2, 24), calendar);
		assertThat(onDue.overdue()).isFalse();
		TicketView late = t.view(names(), HELP, List.of(), LocalDate.of(2026, 2, 26), calendar);
		assertThat(late.overdue()).isTrue();
		assertThat(late.overdueDays()).isEqualTo(2);
	}

	@Test
	void anAnswerAfterTheDueDayCountsLateAndAPoorRatingReopensOnceWithANewClock() {
		Ticket t = filedOn(LocalDate.of(2026, 2, 12));
		assertThatThrownBy(() -> t.answer("已协调", LocalDate.of(2026, 2, 13), "staff", Instant.EPOCH))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("ticket.notRouted"));
		t.route("供电企业", "staff", Instant.EPOCH);
		t.answer("已协调供电公司检修线路", LocalDate.of(2026, 2, 25), "staff", Instant.EPOCH);
		TicketView answered = t.view(names(), HELP, List.of(), LocalDate.of(2026, 2, 25), calendar);
		assertThat(answered.answeredLate()).isTrue();
		assertThat(answered.responseDays()).isEqualTo(4);
		assertThatThrownBy(() -> t.rate(1, " ", 1, 3, LocalDate.of(2026, 2, 26), calendar, "clerk", Instant.EPOCH))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		t.rate(2, "仍然停电", 1, 3, LocalDate.of(2026, 2, 26), calendar, "clerk", Instant.EPOCH);
		assertThat(t.status()).isEqualTo(TicketStatus.REOPENED);
		// the new round: from Thu 26 Feb, Fri 27, Sat 28 (worked), Mon 2 Mar
		assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		t.answer("线路已更换", LocalDate.of(2026, 2, 27), "staff", Instant.EPOCH);
		// reopened once already: a second poor rating closes it, rated
		t.rate(2, null, 1, 3, LocalDate.of(2026, 3, 2), calendar, "clerk", Instant.EPOCH);
		assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(t.rating()).isEqualTo(2);
	}

	private static Ticket.Names names() {
		return new Ticket.Names(new LocalizedText("企业", null), null);
	}

}
