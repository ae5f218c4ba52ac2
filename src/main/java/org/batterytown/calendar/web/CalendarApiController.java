package org.batterytown.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.batterytown.calendar.CalendarDay;
import org.batterytown.calendar.Calendars;
import org.batterytown.shared.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar: the days of a year set apart from the weekly rule; admins change them. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

	private final Calendars calendars;

	CalendarApiController(Calendars calendars) {
		this.calendars = calendars;
	}

	@GetMapping
	List<CalendarDay> year(@RequestParam int year) {
		return calendars.year(year);
	}

	/** Sets the day apart as a holiday or a moved workday (the body's {@code day} is ignored). */
	@PutMapping("/{day}")
	ResponseEntity<Void> set(Actor actor, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestBody CalendarDayForm body) {
		calendars.set(actor, day, body.kind(), body.name(), body.source());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{day}")
	ResponseEntity<Void> remove(Actor actor, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		calendars.remove(actor, day);
		return ResponseEntity.noContent().build();
	}

}
