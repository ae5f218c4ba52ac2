package org.batterytown.stats.web;

import java.time.YearMonth;
import java.util.UUID;

import org.batterytown.project.Product;
import org.batterytown.shared.Actor;
import org.batterytown.stats.FiguresView;
import org.batterytown.stats.StatsFigures;
import org.batterytown.stats.figures.PeriodKind;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures from accepted reports: a park's (zone, leaders) or one enterprise's (also its own users), for
 * a month, quarter, year to date or year, with year-on-year on the full and the same set.
 */
@RestController
@RequestMapping("/api/v1/stats/figures")
class FiguresApiController {

	private final StatsFigures figures;

	FiguresApiController(StatsFigures figures) {
		this.figures = figures;
	}

	@GetMapping
	FiguresView figures(Actor actor, @RequestParam UUID parkId, @RequestParam(required = false) @Nullable UUID enterpriseId,
			@RequestParam(defaultValue = "MONTH") PeriodKind kind, @RequestParam(required = false) @Nullable YearMonth month,
			@RequestParam(required = false) @Nullable Product product) {
		return figures.of(actor, parkId, enterpriseId, kind, month, product);
	}

}
