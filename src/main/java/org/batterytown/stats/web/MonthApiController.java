package org.batterytown.stats.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.stats.ChasingRow;
import org.batterytown.stats.MonthDispatch;
import org.batterytown.stats.MonthState;
import org.batterytown.stats.StatsChasing;
import org.batterytown.stats.StatsMonths;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Months of a park: their state, the chasing list, the dispatch report (snapshot once closed) as JSON,
 * PDF or Excel, and closing a month.
 */
@RestController
@RequestMapping("/api/v1/stats/months")
class MonthApiController {

	private final StatsMonths months;

	private final StatsChasing chasing;

	private final ParkManagement parks;

	private final DispatchFiles files;

	MonthApiController(StatsMonths months, StatsChasing chasing, ParkManagement parks, DispatchFiles files) {
		this.months = months;
		this.chasing = chasing;
		this.parks = parks;
		this.files = files;
	}

	@GetMapping
	List<MonthState> list(Actor actor, @RequestParam(required = false) @Nullable UUID parkId) {
		return months.months(actor, ZonePark.of(actor, parkId, parks), 12);
	}

	@GetMapping("/{month}")
	MonthDispatch dispatch(Actor actor, @PathVariable YearMonth month, @RequestParam(required = false) @Nullable UUID parkId) {
		return months.dispatch(actor, ZonePark.of(actor, parkId, parks), month);
	}

	@GetMapping("/{month}/chasing")
	List<ChasingRow> chasing(Actor actor, @PathVariable YearMonth month,
			@RequestParam(required = false) @Nullable UUID parkId) {
		return chasing.of(actor, ZonePark.of(actor, parkId, parks), month);
	}

	@PostMapping("/{month}/close")
	MonthDispatch close(Actor actor, @PathVariable YearMonth month, @RequestParam(required = false) @Nullable UUID parkId) {
		return months.close(actor, ZonePark.of(actor, parkId, parks), month);
	}

	@GetMapping("/{month}/dispatch.pdf")
	ResponseEntity<StreamingResponseBody> pdf(Actor actor, @PathVariable YearMonth month,
			@RequestParam(required = false) @Nullable UUID parkId, Locale locale) {
		return files.pdf(months.dispatch(actor, ZonePark.of(actor, parkId, parks), month), locale);
	}

	@GetMapping("/{month}/dispatch.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(Actor actor, @PathVariable YearMonth month,
			@RequestParam(required = false) @Nullable UUID parkId, Locale locale) {
		return files.xlsx(months.dispatch(actor, ZonePark.of(actor, parkId, parks), month), locale);
	}

}
