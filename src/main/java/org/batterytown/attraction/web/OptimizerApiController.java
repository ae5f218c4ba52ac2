package org.batterytown.attraction.web;

import java.util.UUID;

import org.batterytown.attraction.OptimizerRequest;
import org.batterytown.attraction.OptimizerView;
import org.batterytown.attraction.PortfolioPlanning;
import org.batterytown.shared.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portfolio of open leads that best fills a plan stage's gaps within the land (mu) and power (MW)
 * available. Leads appear by code name only; enterprise users get 404. A missing or negative limit is
 * a 422 naming the parameter.
 */
@RestController
class OptimizerApiController {

	private final PortfolioPlanning planning;

	OptimizerApiController(PortfolioPlanning planning) {
		this.planning = planning;
	}

	@GetMapping("/api/v1/optimizer")
	OptimizerView choose(Actor actor, @RequestParam UUID parkId, @RequestParam(required = false) @Nullable Double landMu,
			@RequestParam(required = false) @Nullable Double powerMw,
			@RequestParam(required = false) @Nullable UUID planId,
			@RequestParam(required = false) @Nullable Integer stageNo,
			@RequestParam(required = false) @Nullable Double probability,
			@RequestParam(defaultValue = "false") boolean inTimeOnly) {
		return planning.choose(actor, parkId, new OptimizerRequest(planId, stageNo, landMu, powerMw, probability,
				inTimeOnly));
	}

}
