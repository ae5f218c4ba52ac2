package org.batterytown.plan.web;

import java.util.UUID;

import org.batterytown.plan.PlanId;
import org.batterytown.plan.PlanManagement;
import org.batterytown.plan.PlanView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Revising a plan in the browser: the zone's staff change deadlines, target values, dates and wording;
 * each save is a new version, the old one kept. A refused value is shown at its field; a plan changed
 * by someone else meanwhile is reported, not overwritten.
 */
@Controller
class PlanRevisionController {

	private final PlanManagement plans;

	PlanRevisionController(PlanManagement plans) {
		this.plans = plans;
	}

	@GetMapping("/plans/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		PlanView plan = editable(actor, id);
		return form(model, plan, PlanRevisionForm.of(plan), false);
	}

	@PostMapping("/plans/{id}/edit")
	String revise(Actor actor, @PathVariable UUID id, @ModelAttribute("form") PlanRevisionForm submitted,
			BindingResult bound, Model model) {
		PlanView plan = editable(actor, id);
		// a row per stage and target of the plan, whatever the request sent, so the form can show them all
		PlanRevisionForm form = submitted.over(plan);
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		bound.getAllErrors().forEach(result::addError);
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		try {
			plans.revise(actor, plan.id(), form.draft(plan), form.version());
			return "redirect:/plans/" + id;
		}
		catch (RuleViolations ex) {
			ex.violations().forEach(v -> FormRejections.reject(result, v));
			return form(model, plan, form, false);
		}
		catch (StaleVersion ex) {
			return form(model, plan, form, true);
		}
	}

	private PlanView editable(Actor actor, UUID id) {
		PlanView plan = plans.get(actor, new PlanId(id));
		if (!actor.actsForZone(plan.parkId())) {
			throw new NotAllowed("plan");
		}
		return plan;
	}

	private static String form(Model model, PlanView plan, PlanRevisionForm form, boolean stale) {
		model.addAttribute("nav", "plans");
		model.addAttribute("plan", plan);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("stale", stale);
		return "plan/edit";
	}

}
