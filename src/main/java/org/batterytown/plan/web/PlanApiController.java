package org.batterytown.plan.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.batterytown.plan.Forecast;
import org.batterytown.plan.ForecastDraft;
import org.batterytown.plan.PlanDraft;
import org.batterytown.plan.PlanId;
import org.batterytown.plan.PlanManagement;
import org.batterytown.plan.PlanView;
import org.batterytown.plan.VersionEntry;
import org.batterytown.shared.Actor;
import org.batterytown.shared.ExpectedVersion;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Development plans: stages and dated targets, versioned. A revision sends the whole plan with the
 * version it read in {@code If-Match}; the old version stays readable under {@code /versions/{no}}.
 * Forecasts others have stated are recorded beside the plan.
 */
@RestController
@RequestMapping("/api/v1/plans")
class PlanApiController {

	private final PlanManagement plans;

	PlanApiController(PlanManagement plans) {
		this.plans = plans;
	}

	@GetMapping
	List<PlanView> ofPark(Actor actor, @RequestParam UUID parkId) {
		return plans.ofPark(actor, parkId);
	}

	@PostMapping
	ResponseEntity<PlanView> create(Actor actor, @RequestBody PlanDraft draft) {
		PlanId id = plans.create(actor, draft);
		PlanView view = plans.get(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id.value()))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	@GetMapping("/{id}")
	ResponseEntity<PlanView> get(Actor actor, @PathVariable UUID id) {
		return withVersion(plans.get(actor, new PlanId(id)));
	}

	@PutMapping("/{id}")
	ResponseEntity<PlanView> revise(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@RequestBody PlanDraft draft) {
		return withVersion(plans.revise(actor, new PlanId(id), draft, ExpectedVersion.parse(version)));
	}

	@GetMapping("/{id}/versions")
	List<VersionEntry> versions(Actor actor, @PathVariable UUID id) {
		return plans.versions(actor, new PlanId(id));
	}

	@GetMapping("/{id}/versions/{no}")
	PlanView version(Actor actor, @PathVariable UUID id, @PathVariable int no) {
		return plans.version(actor, new PlanId(id), no);
	}

	@GetMapping("/{id}/forecasts")
	List<Forecast> forecasts(Actor actor, @PathVariable UUID id) {
		return plans.forecasts(actor, new PlanId(id));
	}

	@PostMapping("/{id}/forecasts")
	ResponseEntity<List<Forecast>> recordForecast(Actor actor, @PathVariable UUID id,
			@RequestBody ForecastDraft draft) {
		plans.recordForecast(actor, new PlanId(id), draft);
		return ResponseEntity.status(201).body(plans.forecasts(actor, new PlanId(id)));
	}

	private static ResponseEntity<PlanView> withVersion(PlanView view) {
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

}
