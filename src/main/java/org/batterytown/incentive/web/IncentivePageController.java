package org.batterytown.incentive.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.incentive.BenefitKind;
import org.batterytown.incentive.Clawback;
import org.batterytown.incentive.CommitmentKind;
import org.batterytown.incentive.DealView;
import org.batterytown.incentive.Deals;
import org.batterytown.incentive.Policies;
import org.batterytown.incentive.ReviewConclusion;
import org.batterytown.incentive.ReviewRecord;
import org.batterytown.incentive.Side;
import org.batterytown.park.ParkManagement;
import org.batterytown.project.ProjectFilter;
import org.batterytown.project.ProjectManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incentive pages: the policy library and the deals of the park; a policy with its enrolled
 * enterprises and their monthly benefit; a new deal; a deal with its review record, signing and ledger.
 */
@Controller
class IncentivePageController {

	private final Policies policies;

	private final Deals deals;

	private final ParkManagement parks;

	private final EnterpriseManagement enterprises;

	private final ProjectManagement projects;

	private final Clock clock;

	IncentivePageController(Policies policies, Deals deals, ParkManagement parks, EnterpriseManagement enterprises,
			ProjectManagement projects, Clock clock) {
		this.policies = policies;
		this.deals = deals;
		this.parks = parks;
		this.enterprises = enterprises;
		this.projects = projects;
		this.clock = clock;
	}

	@GetMapping("/incentives")
	String list(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = park(actor, parkId);
		model.addAttribute("nav", "incentives");
		model.addAttribute("parkId", park);
		model.addAttribute("policies", actor.role() == Role.ENTERPRISE ? java.util.List.of() : policies.ofPark(actor, park));
		model.addAttribute("deals", deals.ofPark(actor, park));
		model.addAttribute("canEdit", actor.actsForZone(park));
		return "incentive/list";
	}

	@GetMapping("/incentives/policies/{id}")
	String policy(Actor actor, @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year, Model model) {
		var policy = policies.get(actor, id);
		int shown = year == null ? YearMonth.now(clock).minusMonths(1).getYear() : year;
		model.addAttribute("nav", "incentives");
		model.addAttribute("policy", policy);
		model.addAttribute("year", shown);
		model.addAttribute("benefits", policies.benefits(actor, id, shown));
		model.addAttribute("canEdit", actor.actsForZone(policy.parkId()));
		model.addAttribute("enterprises", enterprises.list(actor).stream()
			.filter(e -> e.parkId().value().equals(policy.parkId())).toList());
		return "incentive/policy";
	}

	@PostMapping("/incentives/policies/{id}/enrolments")
	String enrol(Actor actor, @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID enterpriseId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth from,
			RedirectAttributes flash) {
		try {
			policies.enrol(actor, id, enterpriseId, from);
		}
		catch (RuleViolation ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/incentives/policies/" + id;
	}

	@GetMapping("/incentives/deals/new")
	String newDeal(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = park(actor, parkId);
		if (!actor.actsForZone(park)) {
			throw new NotAllowed("deal");
		}
		return form(actor, park, DealForm.empty(park), null, model);
	}

	@PostMapping("/incentives/deals")
	String draft(Actor actor, @ModelAttribute("dealForm") DealForm form, BindingResult result, Model model) {
		UUID park = park(actor, form.parkId());
		if (!actor.actsForZone(park)) {
			throw new NotAllowed("deal");
		}
		if (!result.hasErrors()) {
			try {
				return "redirect:/incentives/deals/" + deals.draft(actor, form.draft());
			}
			catch (RuleViolations ex) {
				FormRejections.reject(result, ex);
			}
		}
		return form(actor, park, form, result, model);
	}

	@GetMapping("/incentives/deals/{id}")
	String deal(Actor actor, @PathVariable UUID id, Model model) {
		DealView deal = deals.get(actor, id);
		model.addAttribute("nav", "incentives");
		model.addAttribute("d", deal);
		model.addAttribute("canEdit", actor.actsForZone(deal.parkId()));
		model.addAttribute("conclusions", ReviewConclusion.values());
		return "incentive/deal";
	}

	@PostMapping("/incentives/deals/{id}/basis")
	String basis(Actor actor, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String legalBasis,
			@RequestParam(required = false) @Nullable String reviewNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewedOn,
			@RequestParam(required = false) @Nullable ReviewConclusion reviewConclusion,
			@RequestParam(required = false) @Nullable String exceptionGround,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate termEndsOn,
			RedirectAttributes flash) {
		return act(id, flash, () -> deals.recordBasis(actor, id, new ReviewRecord(legalBasis, reviewNo, reviewedOn,
				reviewConclusion, exceptionGround, termEndsOn), version));
	}

	@PostMapping("/incentives/deals/{id}/sign")
	String sign(Actor actor, @PathVariable UUID id, @RequestParam long version, RedirectAttributes flash) {
		return act(id, flash, () -> deals.sign(actor, id, version));
	}

	@PostMapping("/incentives/deals/{id}/commitments/{position}")
	String fulfil(Actor actor, @PathVariable UUID id, @PathVariable int position, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate fulfilledOn,
			@RequestParam(required = false) @Nullable BigDecimal actual, RedirectAttributes flash) {
		return act(id, flash, () -> deals.recordFulfilment(actor, id, position, fulfilledOn, actual, version));
	}

	private String act(UUID id, RedirectAttributes flash, Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolations ex) {
			flash.addFlashAttribute("errors", ex.violations().stream().map(RuleViolation::messageKey).toList());
		}
		catch (RuleViolation ex) {
			flash.addFlashAttribute("errors", java.util.List.of(ex.messageKey()));
		}
		catch (StaleVersion ex) {
			flash.addFlashAttribute("errors", java.util.List.of("problem.stale"));
		}
		return "redirect:/incentives/deals/" + id;
	}

	private String form(Actor actor, UUID park, DealForm form, @Nullable BindingResult result, Model model) {
		model.addAttribute("nav", "incentives");
		model.addAttribute("enterprises", enterprises.list(actor).stream()
			.filter(e -> e.parkId().value().equals(park)).toList());
		model.addAttribute("projects", projects.list(actor, new ProjectFilter(null, null, null, park)));
		model.addAttribute("kinds", BenefitKind.values());
		model.addAttribute("sides", Side.values());
		model.addAttribute("commitmentKinds", CommitmentKind.values());
		model.addAttribute("clawbacks", Clawback.values());
		FormRejections.show(model, "dealForm", form, result);
		return "incentive/new";
	}

	private UUID park(Actor actor, @Nullable UUID requested) {
		return parks.pageParkOf(actor, requested);
	}

}
