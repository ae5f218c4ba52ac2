package org.batterytown.plan.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.batterytown.park.ParkManagement;
import org.batterytown.park.ParkView;
import org.batterytown.plan.Forecast;
import org.batterytown.plan.PlanId;
import org.batterytown.plan.PlanManagement;
import org.batterytown.plan.PlanProjections;
import org.batterytown.plan.PlanScenarios;
import org.batterytown.plan.PlanView;
import org.batterytown.plan.ProjectionAssumptions;
import org.batterytown.plan.ProjectionRequest;
import org.batterytown.plan.ProjectionView;
import org.batterytown.plan.TargetKind;
import org.batterytown.chain.model.Link;
import org.batterytown.plan.ScenarioOverride;
import org.batterytown.project.ProjectFilter;
import org.batterytown.project.ProjectManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The plan page: each target with its actual, the deterministic projection, the fan and the odds, the
 * gap at the chosen probability; the forecasts others stated; the assumptions and where they come
 * from; saved scenarios side by side.
 */
@Controller
class PlanPageController {

	private final PlanManagement plans;

	private final PlanProjections projections;

	private final PlanScenarios scenarios;

	private final ProjectionAssumptions assumptions;

	private final ParkManagement parks;

	private final MessageSource messages;

	private final JsonMapper json;

	private final ProjectManagement projects;

	PlanPageController(PlanManagement plans, PlanProjections projections, PlanScenarios scenarios,
			ProjectionAssumptions assumptions, ParkManagement parks, MessageSource messages, JsonMapper json,
			ProjectManagement projects) {
		this.projects = projects;
		this.plans = plans;
		this.projections = projections;
		this.scenarios = scenarios;
		this.assumptions = assumptions;
		this.parks = parks;
		this.messages = messages;
		this.json = json;
	}

	/** The park's first plan, or a page saying there is none. */
	@GetMapping("/plans")
	String plans(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		model.addAttribute("nav", "plans");
		if (actor.role() == Role.ENTERPRISE) {
			throw new NotFound("plan", "");
		}
		List<ParkView> visible = parks.list(actor);
		UUID park = parkId != null ? parkId : actor.parkId() != null ? actor.parkId()
				: visible.isEmpty() ? null : visible.get(0).id().value();
		List<PlanView> found = park == null ? List.of() : plans.ofPark(actor, park);
		if (!found.isEmpty()) {
			return "redirect:/plans/" + found.get(0).id().value();
		}
		model.addAttribute("plan", null);
		return "plan/page";
	}

	@GetMapping("/plans/{id}")
	String plan(Actor actor, @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID scenarioId,
			@RequestParam(required = false) @Nullable Double probability,
			@RequestParam(required = false) @Nullable List<UUID> compare, Model model, Locale locale) {
		if (!model.containsAttribute("scenarioForm")) {
			model.addAttribute("scenarioForm", ScenarioForm.empty());
		}
		return show(actor, id, scenarioId, probability, compare, model, locale);
	}

	/**
	 * Saves a named scenario and shows it beside the registry; refused overrides are shown at their
	 * fields and nothing is saved.
	 */
	@PostMapping("/plans/{id}/scenarios")
	String saveScenario(Actor actor, @PathVariable UUID id, ScenarioForm form, BindingResult result, Model model,
			Locale locale) {
		PlanId planId = new PlanId(id);
		try {
			UUID saved = scenarios.save(actor, planId, form.name() == null ? "" : form.name(), form.toOverrides());
			return "redirect:/plans/" + id + "?compare=" + saved;
		}
		catch (RuleViolations ex) {
			List<Integer> rows = form.filled();
			ex.violations().forEach(v -> FormRejections.reject(result, onFormRow(v, rows)));
			return show(actor, id, null, null, null, model, locale);
		}
	}

	/** A violation of the n-th filled override, moved to that row's place in the form. */
	private static RuleViolation onFormRow(RuleViolation v, List<Integer> rows) {
		String field = v.field();
		if (field == null || !field.startsWith("overrides[")) {
			return v;
		}
		int end = field.indexOf(']');
		int n = Integer.parseInt(field.substring("overrides[".length(), end));
		return new RuleViolation("overrides[" + rows.get(n) + field.substring(end), v.messageKey(), v.arguments());
	}

	private String show(Actor actor, UUID id, @Nullable UUID scenarioId, @Nullable Double probability,
			@Nullable List<UUID> compare, Model model, Locale locale) {
		model.addAttribute("nav", "plans");
		PlanId planId = new PlanId(id);
		PlanView plan = plans.get(actor, planId);
		ProjectionView view = projections.project(actor, planId, new ProjectionRequest(null, null, probability,
				scenarioId));
		List<Forecast> forecasts = plans.forecasts(actor, planId);
		model.addAttribute("plan", plan);
		model.addAttribute("p", view);
		model.addAttribute("forecasts", forecasts);
		model.addAttribute("versions", plans.versions(actor, planId));
		model.addAttribute("scenarios", scenarios.list(actor, planId));
		model.addAttribute("assumptions", assumptions.list());
		model.addAttribute("canEdit", actor.actsForZone(plan.parkId()));
		model.addAttribute("projects", projects.list(actor, new ProjectFilter(null, null, null, plan.parkId())));
		model.addAttribute("overrideTypes", ScenarioOverride.Type.values());
		model.addAttribute("links", Link.values());
		PlanCharts charts = new PlanCharts(messages, locale);
		Set<String> links = new LinkedHashSet<>();
		plan.targets().stream().filter(t -> t.kind() == TargetKind.CAPACITY && t.link() != null)
			.forEach(t -> links.add(t.link().name()));
		model.addAttribute("capacityCharts", links.stream().map(l -> charts.capacity(view, l, forecasts))
			.filter(java.util.Objects::nonNull).map(json::writeValueAsString).toList());
		model.addAttribute("valueChart", json.writeValueAsString(charts.outputValue(view)));
		model.addAttribute("compared", compare == null || compare.isEmpty() ? List.of()
				: projections.compare(actor, planId, compare, new ProjectionRequest(null, null, probability, null)));
		return "plan/page";
	}

}
