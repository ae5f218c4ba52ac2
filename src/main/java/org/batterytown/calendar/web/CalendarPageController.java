package org.batterytown.calendar.web;

import java.time.Clock;
import java.time.LocalDate;

import org.batterytown.calendar.CalendarDay;
import org.batterytown.calendar.Calendars;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolations;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working-day calendar of a year: holidays and the weekend days work moved to, with their notices.
 * Everyone signed in may read it (clocks depend on it); admins change it.
 */
@Controller
class CalendarPageController {

	private final Calendars calendars;

	private final Clock clock;

	CalendarPageController(Calendars calendars, Clock clock) {
		this.calendars = calendars;
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String year(Actor actor, @RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		return page(actor, shown, new CalendarDayForm(null, CalendarDay.Kind.HOLIDAY, null, null), null, model);
	}

	@PostMapping("/calendar")
	String set(Actor actor, @ModelAttribute("dayForm") CalendarDayForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				calendars.set(actor, form.day(), form.kind(), form.name(), form.source());
				flash.addFlashAttribute("message", "calendar.saved");
				return "redirect:/calendar?year=" + form.day().getYear();
			}
			catch (RuleViolations ex) {
				FormRejections.reject(result, ex);
			}
		}
		int year = form.day() == null ? LocalDate.now(clock).getYear() : form.day().getYear();
		return page(actor, year, form, result, model);
	}

	@PostMapping("/calendar/{day}/delete")
	String remove(Actor actor, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes flash) {
		calendars.remove(actor, day);
		flash.addFlashAttribute("message", "calendar.removed");
		return "redirect:/calendar?year=" + day.getYear();
	}

	private String page(Actor actor, int year, CalendarDayForm form, @Nullable BindingResult result, Model model) {
		model.addAttribute("nav", "calendar");
		model.addAttribute("year", year);
		model.addAttribute("years", calendars.years());
		model.addAttribute("days", calendars.year(year));
		model.addAttribute("kinds", CalendarDay.Kind.values());
		model.addAttribute("canEdit", actor.role() == Role.ADMIN);
		FormRejections.show(model, "dayForm", form, result);
		return "calendar/year";
	}

}
