package org.batterytown.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The calendar as stored, and the {@link WorkingCalendar} every clock uses. The calendar is a few dozen
 * rows a year, read on every due date, so it is held in memory and reloaded when an admin changes it.
 */
@Service
@Transactional
public class Calendars {

	private final JdbcClient jdbc;

	private final AtomicReference<@Nullable WorkingCalendar> current = new AtomicReference<>();

	Calendars(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public WorkingCalendar current() {
		WorkingCalendar calendar = current.get();
		if (calendar == null) {
			Set<LocalDate> holidays = new HashSet<>();
			Set<LocalDate> workdays = new HashSet<>();
			for (CalendarDay day : all()) {
				(day.kind() == CalendarDay.Kind.HOLIDAY ? holidays : workdays).add(day.day());
			}
			calendar = new WorkingCalendar(holidays, workdays);
			current.set(calendar);
		}
		return calendar;
	}

	@Transactional(readOnly = true)
	public List<CalendarDay> year(int year) {
		return jdbc.sql("select day, kind, name, source from calendar_day where extract(year from day) = :year order by day")
			.param("year", year)
			.query((rs, n) -> new CalendarDay(rs.getDate("day").toLocalDate(), CalendarDay.Kind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getString("source")))
			.list();
	}

	/** The years whose days are on the calendar, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		return jdbc.sql("select distinct cast(extract(year from day) as int) from calendar_day order by 1 desc")
			.query(Integer.class).list();
	}

	/**
	 * Sets a day apart (or changes how it is set apart). Admins only.
	 *
	 * @throws RuleViolations naming day, kind or name when missing, or a workday that is not a weekend day
	 */
	public void set(Actor actor, @Nullable LocalDate day, CalendarDay.@Nullable Kind kind, @Nullable String name,
			@Nullable String source) {
		admin(actor);
		List<RuleViolation> found = new ArrayList<>();
		if (day == null) {
			found.add(new RuleViolation("day", "calendar.dayRequired"));
		}
		if (kind == null) {
			found.add(new RuleViolation("kind", "calendar.kindRequired"));
		}
		if (name == null || name.isBlank()) {
			found.add(new RuleViolation("name", "calendar.nameRequired"));
		}
		if (day != null && kind == CalendarDay.Kind.WORKDAY && WorkingCalendar.weekendsOnly().isWorkingDay(day)) {
			found.add(new RuleViolation("kind", "calendar.workdayOnWeekday"));
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		jdbc.sql("""
				insert into calendar_day (day, kind, name, source, created_by) values (:day, :kind, :name, :source, :by)
				on conflict (day) do update set kind = excluded.kind, name = excluded.name, source = excluded.source,
				    created_by = excluded.created_by""")
			.param("day", Date.valueOf(day)).param("kind", kind.name()).param("name", name.strip())
			.param("source", source == null || source.isBlank() ? null : source.strip()).param("by", actor.username())
			.update();
		invalidate();
	}

	/** Returns a day to the weekly rule. Admins only. */
	public void remove(Actor actor, LocalDate day) {
		admin(actor);
		jdbc.sql("delete from calendar_day where day = :day").param("day", Date.valueOf(day)).update();
		invalidate();
	}

	private List<CalendarDay> all() {
		return jdbc.sql("select day, kind, name, source from calendar_day order by day")
			.query((rs, n) -> new CalendarDay(rs.getDate("day").toLocalDate(), CalendarDay.Kind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getString("source")))
			.list();
	}

	/** Drops the held calendar now and again after commit, so no reader keeps the days from before the change. */
	private void invalidate() {
		current.set(null);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					current.set(null);
				}
			});
		}
	}

	private static void admin(Actor actor) {
		if (actor.role() != Role.ADMIN) {
			throw new NotAllowed("calendar");
		}
	}

}
