package org.batterytown.plan.web;

import java.util.List;
import java.util.UUID;

import org.batterytown.plan.Assumption;
import org.batterytown.plan.AssumptionDraft;
import org.batterytown.plan.PlanId;
import org.batterytown.plan.PlanProjections;
import org.batterytown.plan.PlanScenarios;
import org.batterytown.plan.ProjectionAssumptions;
import org.batterytown.plan.ProjectionRequest;
import org.batterytown.plan.ProjectionView;
import org.batterytown.plan.ScenarioOverride;
import org.batterytown.shared.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projections of a plan's targets from the registry: deterministic, and Monte Carlo with the odds of
 * each target and the gap at a chosen probability; the assumptions they use, with sources; named
 * scenarios of overrides and their side-by-side comparison. The same seed gives the same run.
 */
@RestController
@RequestMapping("/api/v1/projections")
class ProjectionApiController {

	private final PlanProjections projections;

	private final ProjectionAssumptions assumptions;

	private final PlanScenarios scenarios;

	ProjectionApiController(PlanProjections projections, ProjectionAssumptions assumptions, PlanScenarios scenarios) {
		this.projections = projections;
		this.assumptions = assumptions;
		this.scenarios = scenarios;
	}

	/**
	 * @param scenarios how many scenarios, 1 to 50,000 (default 10,000)
	 * @param probability the probability the gaps are computed for, between 0 and 1 (default 0.8)
	 */
	@GetMapping
	ProjectionView project(Actor actor, @RequestParam UUID planId,
			@RequestParam(required = false) @Nullable Integer scenarios,
			@RequestParam(required = false) @Nullable Long seed,
			@RequestParam(required = false) @Nullable Double probability,
			@RequestParam(required = false) @Nullable UUID scenarioId) {
		return projections.project(actor, new PlanId(planId),
				new ProjectionRequest(scenarios, seed, probability, scenarioId));
	}

	/** The registry as it stands and each named scenario, with one seed, side by side. */
	@GetMapping("/compare")
	List<ProjectionView> compare(Actor actor, @RequestParam UUID planId,
			@RequestParam(required = false) @Nullable List<UUID> scenarioIds,
			@RequestParam(required = false) @Nullable Integer scenarios,
			@RequestParam(required = false) @Nullable Long seed,
			@RequestParam(required = false) @Nullable Double probability) {
		return projections.compare(actor, new PlanId(planId), scenarioIds == null ? List.of() : scenarioIds,
				new ProjectionRequest(scenarios, seed, probability, null));
	}

	@GetMapping("/assumptions")
	List<Assumption> assumptions() {
		return assumptions.list();
	}

	@PutMapping("/assumptions/{key}")
	Assumption updateAssumption(Actor actor, @PathVariable String key, @RequestBody AssumptionDraft draft) {
		return assumptions.update(actor, key, draft);
	}

	@GetMapping("/scenarios")
	List<PlanScenarios.Saved> scenarios(Actor actor, @RequestParam UUID planId) {
		return scenarios.list(actor, new PlanId(planId));
	}

	@PostMapping("/scenarios")
	ResponseEntity<PlanScenarios.Saved> saveScenario(Actor actor, @RequestBody ScenarioRequest request) {
		PlanId plan = new PlanId(request.planId());
		UUID id = scenarios.save(actor, plan, request.name(), request.overrides());
		return ResponseEntity.status(201).body(scenarios.get(actor, plan, id));
	}

	record ScenarioRequest(UUID planId, @Nullable String name, @Nullable List<ScenarioOverride> overrides) {
	}

}
