package org.batterytown.incentive.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.batterytown.incentive.BenefitRow;
import org.batterytown.incentive.DealDraft;
import org.batterytown.incentive.DealView;
import org.batterytown.incentive.Deals;
import org.batterytown.incentive.Policies;
import org.batterytown.incentive.PolicyDraft;
import org.batterytown.incentive.PolicyView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.ExpectedVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incentives: the policy library with enrolments and monthly benefits; case-by-case deals, signed only
 * with their legal basis and review record (a 422 naming what is missing), and their commitment ledger.
 */
@RestController
class IncentiveApiController {

	private final Policies policies;

	private final Deals deals;

	IncentiveApiController(Policies policies, Deals deals) {
		this.policies = policies;
		this.deals = deals;
	}

	@GetMapping("/api/v1/policies")
	List<PolicyView> policies(Actor actor, @RequestParam UUID parkId) {
		return policies.ofPark(actor, parkId);
	}

	@PostMapping("/api/v1/policies")
	ResponseEntity<PolicyView> createPolicy(Actor actor, @RequestBody PolicyDraft draft) {
		UUID id = policies.create(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/policies/" + id)).body(policies.get(actor, id));
	}

	@PostMapping("/api/v1/policies/{id}/enrolments")
	PolicyView enrol(Actor actor, @PathVariable UUID id, @RequestBody Enrolment body) {
		policies.enrol(actor, id, body.enterpriseId(), body.from());
		return policies.get(actor, id);
	}

	@GetMapping("/api/v1/policies/{id}/benefits")
	List<BenefitRow> benefits(Actor actor, @PathVariable UUID id, @RequestParam int year) {
		return policies.benefits(actor, id, year);
	}

	@GetMapping("/api/v1/deals")
	List<DealView> deals(Actor actor, @RequestParam UUID parkId) {
		return deals.ofPark(actor, parkId);
	}

	@PostMapping("/api/v1/deals")
	ResponseEntity<DealView> draft(Actor actor, @RequestBody DealDraft draft) {
		UUID id = deals.draft(actor, draft);
		DealView view = deals.get(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/deals/" + id)).eTag(Long.toString(view.version())).body(view);
	}

	@GetMapping("/api/v1/deals/{id}")
	ResponseEntity<DealView> deal(Actor actor, @PathVariable UUID id) {
		DealView view = deals.get(actor, id);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	@PostMapping("/api/v1/deals/{id}/signature")
	ResponseEntity<DealView> sign(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version) {
		DealView view = deals.sign(actor, id, ExpectedVersion.parse(version));
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	@PostMapping("/api/v1/deals/{id}/commitments/{position}/fulfilment")
	ResponseEntity<DealView> fulfil(Actor actor, @PathVariable UUID id, @PathVariable int position,
			@RequestHeader("If-Match") String version, @RequestBody Fulfilment body) {
		DealView view = deals.recordFulfilment(actor, id, position, body.fulfilledOn(), body.actual(),
				ExpectedVersion.parse(version));
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	record Enrolment(@Nullable UUID enterpriseId, @Nullable YearMonth from) {
	}

	record Fulfilment(@Nullable LocalDate fulfilledOn, @Nullable BigDecimal actual) {
	}

}
