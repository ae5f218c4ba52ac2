package org.batterytown.attraction.web;

import java.util.UUID;

import org.batterytown.attraction.FunnelGrouping;
import org.batterytown.attraction.LeadFunnel;
import org.batterytown.attraction.Promotion;
import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Promotion's results: each event with what its source states and what the pipeline attributes to it,
 * each ambassador with the leads credited, and the funnel from lead to production by source.
 */
@Controller
class PromotionPageController {

	private final Promotion promotion;

	private final LeadFunnel funnel;

	private final ParkManagement parks;

	PromotionPageController(Promotion promotion, LeadFunnel funnel, ParkManagement parks) {
		this.promotion = promotion;
		this.funnel = funnel;
		this.parks = parks;
	}

	@GetMapping("/leads/promotion")
	String promotion(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = LeadParks.of(actor, parkId, parks);
		model.addAttribute("nav", "leads");
		model.addAttribute("parkId", park);
		model.addAttribute("events", promotion.events(actor, park));
		model.addAttribute("ambassadors", promotion.ambassadors(actor, park));
		model.addAttribute("funnel", funnel.of(actor, park, FunnelGrouping.SOURCE));
		model.addAttribute("total", funnel.of(actor, park, FunnelGrouping.ALL));
		model.addAttribute("steps", org.batterytown.attraction.FunnelStep.values());
		return "attraction/promotion";
	}

}
