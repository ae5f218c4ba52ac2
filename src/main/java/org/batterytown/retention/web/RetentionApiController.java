package org.batterytown.retention.web;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.retention.ChainPartners;
import org.batterytown.retention.EnterpriseHealth;
import org.batterytown.retention.FollowUpView;
import org.batterytown.retention.FollowUps;
import org.batterytown.retention.HealthView;
import org.batterytown.retention.PartnerDraft;
import org.batterytown.retention.PartnerView;
import org.batterytown.retention.PlanRow;
import org.batterytown.retention.VisitPlans;
import org.batterytown.shared.Actor;
import org.batterytown.shared.ExpectedVersion;
import org.jspecify.annotations.Nullable;

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
 * The rest of retention work: the visit plan of a quarter, follow-up tasks, each enterprise's health
 * (early warning) and the enterprises' suppliers and customers.
 */
@RestController
@RequestMapping("/api/v1")
class RetentionApiController {

	private final VisitPlans plans;

	private final FollowUps followUps;

	private final EnterpriseHealth health;

	private final ChainPartners partners;

	RetentionApiController(VisitPlans plans, FollowUps followUps, EnterpriseHealth health, ChainPartners partners) {
		this.plans = plans;
		this.followUps = followUps;
		this.health = health;
		this.partners = partners;
	}

	@GetMapping("/visit-plan")
	List<PlanRow> plan(Actor actor, @RequestParam UUID parkId, @RequestParam(required = false) @Nullable YearMonth month) {
		return plans.of(actor, parkId, month);
	}

	/** Sets an enterprise's visit interval and liaison; {@code If-Match: -1} when it has none yet. */
	@PutMapping("/visit-plan/{enterpriseId}")
	ResponseEntity<Void> setPlan(Actor actor, @PathVariable UUID enterpriseId, @RequestHeader("If-Match") String version,
			@RequestBody PlanChange body) {
		plans.set(actor, enterpriseId, body.intervalMonths(), body.liaison(), ExpectedVersion.parse(version));
		return ResponseEntity.noContent().build();
	}

	record PlanChange(@Nullable Integer intervalMonths, @Nullable String liaison) {
	}

	@GetMapping("/follow-ups")
	List<FollowUpView> followUps(Actor actor, @RequestParam UUID parkId,
			@RequestParam(defaultValue = "false") boolean openOnly) {
		return followUps.ofPark(actor, parkId, openOnly);
	}

	@GetMapping("/follow-ups/{id}")
	ResponseEntity<FollowUpView> followUp(Actor actor, @PathVariable UUID id) {
		FollowUpView view = followUps.get(actor, id);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	@PostMapping("/follow-ups/{id}/done")
	ResponseEntity<FollowUpView> done(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@RequestBody Done body) {
		FollowUpView view = followUps.done(actor, id, body.note(), ExpectedVersion.parse(version));
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	record Done(@Nullable String note) {
	}

	/** The park's enterprises with early-warning signals, highest risk score first. */
	@GetMapping("/health")
	List<HealthView> health(Actor actor, @RequestParam UUID parkId) {
		return health.ranking(actor, parkId);
	}

	@GetMapping("/health/{enterpriseId}")
	HealthView healthOf(Actor actor, @PathVariable UUID enterpriseId) {
		return health.of(actor, enterpriseId);
	}

	@GetMapping("/partners")
	List<PartnerView> partners(Actor actor, @RequestParam UUID parkId,
			@RequestParam(required = false) @Nullable UUID enterpriseId) {
		return partners.ofPark(actor, parkId, enterpriseId);
	}

	@PostMapping("/partners")
	ResponseEntity<Map<String, UUID>> addPartner(Actor actor, @RequestBody PartnerDraft draft) {
		UUID id = partners.add(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/partners?id=" + id)).body(Map.of("id", id));
	}

	/** Offers a partner not in the park to the target list as a candidate investor for its link. */
	@PostMapping("/partners/{id}/candidate")
	ResponseEntity<Map<String, UUID>> offer(Actor actor, @PathVariable UUID id) {
		UUID candidate = partners.offer(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/targets")).body(Map.of("candidateId", candidate));
	}


}
