package org.batterytown.stats.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;

import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.RuleViolation;
import org.batterytown.stats.Measure;
import org.batterytown.stats.MonthDispatch;
import org.batterytown.stats.StatsMonths;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Month-end pages: the months with their reporting and close state, and a month's dispatch report. */
@Controller
class MonthPageController {

	private final StatsMonths months;

	private final ParkManagement parks;

	private final DispatchFiles files;

	private final Clock clock;

	MonthPageController(StatsMonths months, ParkManagement parks, DispatchFiles files, Clock clock) {
		this.months = months;
		this.parks = parks;
		this.files = files;
		this.clock = clock;
	}

	@GetMapping("/stats/months")
	String list(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = ZonePark.of(actor, parkId, parks);
		model.addAttribute("nav", "months");
		model.addAttribute("parkId", park);
		model.addAttribute("months", months.months(actor, park, 12));
		return "stats/months";
	}

	@GetMapping("/stats/months/{month}")
	String month(Actor actor, @PathVariable YearMonth month, @RequestParam(required = false) @Nullable UUID parkId,
			Model model, Locale locale) {
		UUID park = ZonePark.of(actor, parkId, parks);
		MonthDispatch dispatch = months.dispatch(actor, park, month);
		model.addAttribute("nav", "months");
		model.addAttribute("parkId", park);
		model.addAttribute("m", dispatch);
		model.addAttribute("d", dispatch.dispatch());
		model.addAttribute("canClose", actor.actsForZone(park) && !dispatch.closed()
				&& month.isBefore(YearMonth.now(clock)));
		model.addAttribute("measures", Measure.values());
		return "stats/month";
	}

	@PostMapping("/stats/months/{month}/close")
	String close(Actor actor, @PathVariable YearMonth month, @RequestParam(required = false) @Nullable UUID parkId,
			RedirectAttributes redirect) {
		UUID park = ZonePark.of(actor, parkId, parks);
		try {
			months.close(actor, park, month);
			redirect.addFlashAttribute("flash", "stats.month.closedNow");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("closeProblem", ex.messageKey());
		}
		return "redirect:/stats/months/" + month + "?parkId=" + park;
	}

	@GetMapping("/stats/months/{month}/dispatch.pdf")
	ResponseEntity<StreamingResponseBody> pdf(Actor actor, @PathVariable YearMonth month,
			@RequestParam(required = false) @Nullable UUID parkId, Locale locale) {
		return files.pdf(months.dispatch(actor, ZonePark.of(actor, parkId, parks), month), locale);
	}

	@GetMapping("/stats/months/{month}/dispatch.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(Actor actor, @PathVariable YearMonth month,
			@RequestParam(required = false) @Nullable UUID parkId, Locale locale) {
		return files.xlsx(months.dispatch(actor, ZonePark.of(actor, parkId, parks), month), locale);
	}

}
