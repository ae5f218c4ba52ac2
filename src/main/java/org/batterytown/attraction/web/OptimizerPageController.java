package org.batterytown.attraction.web;

import java.util.UUID;

import org.batterytown.attraction.PortfolioPlanning;
import org.batterytown.park.ParkManagement;
import org.batterytown.plan.PlanManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.RuleViolations;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Which open leads to pursue for a stage of the plan within the land and power available: the chosen
 * set, what it fills of each gap, the binding limit and what one more mu or MW would add. A query, so
 * a GET whose address can be shared; leads appear by code name only.
 */
@Controller
class OptimizerPageController {

	private final PortfolioPlanning planning;

	private final PlanManagement plans;

	private final ParkManagement parks;

	OptimizerPageController(PortfolioPlanning planning, PlanManagement plans, ParkManagement parks) {
		this.planning = planning;
		this.plans = plans;
		this.parks = parks;
	}

	@GetMapping("/leads/optimizer")
	String optimizer(Actor actor, @ModelAttribute("form") OptimizerForm form, BindingResult result, Model model) {
		UUID park = LeadParks.of(actor, form.parkId(), parks);
		model.addAttribute("nav", "leads");
		model.addAttribute("parkId", park);
		var plan = plans.ofPark(actor, park).stream().findFirst().orElseThrow(() -> new NotFound("plan", park));
		model.addAttribute("stages", plan.stages());
		if (form.submitted() && !result.hasErrors()) {
			try {
				model.addAttribute("o", planning.choose(actor, park, form.request()));
			}
			catch (RuleViolations ex) {
				FormRejections.reject(result, ex);
			}
		}
		FormRejections.show(model, "form", form, result);
		return "attraction/optimizer";
	}

}
