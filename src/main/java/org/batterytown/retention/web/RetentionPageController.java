package org.batterytown.retention.web;

import java.time.YearMonth;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.park.ParkManagement;
import org.batterytown.retention.ChainPartners;
import org.batterytown.retention.EnterpriseHealth;
import org.batterytown.retention.FollowUps;
import org.batterytown.retention.HealthView;
import org.batterytown.retention.PartnerDraft;
import org.batterytown.retention.PartnerRelation;
import org.batterytown.retention.VisitPlans;
import org.batterytown.retention.Visits;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The retention pages: the early-warning ranking with open follow-ups (an enterprise user: its own
 * health and visits), an enterprise's health, the visit plan, follow-ups and chain partners.
 */
@Controller
class RetentionPageController {

	private final EnterpriseHealth health;

	private final FollowUps followUps;

	private final VisitPlans plans;

	private final Visits visits;

	private final ChainPartners partners;

	private final ParkManagement parks;

	private final EnterpriseManagement enterprises;

	private final MessageSource messages;

	private final JsonMapper json;

	private final java.time.Clock clock;

	RetentionPageController(EnterpriseHealth health, FollowUps followUps, VisitPlans plans, Visits visits,
			ChainPartners partners, ParkManagement parks, EnterpriseManagement enterprises, MessageSource messages,
			JsonMapper json, java.time.Clock clock) {
		this.clock = clock;
		this.health = health;
		this.followUps = followUps;
		this.plans = plans;
		this.visits = visits;
		this.partners = partners;
		this.parks = parks;
		this.enterprises = enterprises;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/retention")
	String overview(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = parks.pageParkOf(actor, parkId);
		if (actor.role() == Role.ENTERPRISE) {
			return "redirect:/retention/health/" + actor.enterpriseId();
		}
		model.addAttribute("nav", "retention");
		model.addAttribute("parkId", park);
		model.addAttribute("ranking", health.ranking(actor, park));
		model.addAttribute("followUps", followUps.ofPark(actor, park, true));
		model.addAttribute("zone", actor.actsForZone(park));
		return "retention/overview";
	}

	@GetMapping("/retention/health/{enterpriseId}")
	String healthOf(Actor actor, @PathVariable UUID enterpriseId, Model model) {
		HealthView view = health.of(actor, enterpriseId);
		var locale = LocaleContextHolder.getLocale();
		model.addAttribute("nav", "retention");
		model.addAttribute("h", view);
		model.addAttribute("chart", json.writeValueAsString(HealthChart.of(view,
				messages.getMessage("health.chart.output", null, locale),
				messages.getMessage("health.chart.electricity", null, locale))));
		UUID park = enterprises.get(actor, new org.batterytown.enterprise.EnterpriseId(enterpriseId)).parkId().value();
		model.addAttribute("visits", visits.ofPark(actor, park, enterpriseId));
		model.addAttribute("followUps", followUps.ofPark(actor, park, false).stream()
			.filter(f -> f.enterpriseId().equals(enterpriseId)).toList());
		model.addAttribute("zone", actor.actsForZone(park));
		return "retention/health";
	}

	@GetMapping("/retention/plan")
	String plan(Actor actor, @RequestParam(required = false) @Nullable UUID parkId,
			@RequestParam(required = false) @Nullable YearMonth month, Model model) {
		UUID park = parks.pageParkOf(actor, parkId);
		YearMonth shown = month != null ? month : YearMonth.now(clock);
		model.addAttribute("nav", "retention");
		model.addAttribute("parkId", park);
		model.addAttribute("month", shown);
		model.addAttribute("quarter", shown.getYear() + " Q" + ((shown.getMonthValue() - 1) / 3 + 1));
		model.addAttribute("previous", shown.minusMonths(3));
		model.addAttribute("next", shown.plusMonths(3));
		model.addAttribute("rows", plans.of(actor, park, shown));
		model.addAttribute("zone", actor.actsForZone(park));
		return "retention/plan";
	}

	@PostMapping("/retention/plan/{enterpriseId}")
	String setPlan(Actor actor, @PathVariable UUID enterpriseId,
			@RequestParam(required = false) @Nullable Integer intervalMonths,
			@RequestParam(required = false) @Nullable String liaison, @RequestParam long version,
			@RequestParam(required = false) @Nullable YearMonth month, RedirectAttributes redirect) {
		try {
			plans.set(actor, enterpriseId, intervalMonths, liaison, version);
			redirect.addFlashAttribute("done", "visitPlan.saved");
		}
		catch (RuleViolation | StaleVersion ex) {
			ProblemFlash.of(redirect, ex);
		}
		return "redirect:/retention/plan" + (month == null ? "" : "?month=" + month);
	}

	@GetMapping("/retention/follow-ups")
	String followUps(Actor actor, @RequestParam(required = false) @Nullable UUID parkId,
			@RequestParam(defaultValue = "true") boolean openOnly, Model model) {
		UUID park = parks.pageParkOf(actor, parkId);
		model.addAttribute("nav", "retention");
		model.addAttribute("parkId", park);
		model.addAttribute("openOnly", openOnly);
		model.addAttribute("followUps", followUps.ofPark(actor, park, openOnly));
		model.addAttribute("zone", actor.actsForZone(park));
		return "retention/follow-ups";
	}

	@PostMapping("/retention/follow-ups/{id}/done")
	String done(Actor actor, @PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			@RequestParam long version, RedirectAttributes redirect) {
		try {
			followUps.done(actor, id, note, version);
			redirect.addFlashAttribute("done", "followUp.doneSaved");
		}
		catch (RuleViolation | StaleVersion ex) {
			ProblemFlash.of(redirect, ex);
		}
		return "redirect:/retention/follow-ups";
	}

	@GetMapping("/retention/partners")
	String partners(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = parks.pageParkOf(actor, parkId);
		return partnersPage(actor, park, new PartnerForm(null, PartnerRelation.SUPPLIER, null, null, null, null), null,
				model);
	}

	@PostMapping("/retention/partners")
	String addPartner(Actor actor, @RequestParam(required = false) @Nullable UUID parkId,
			@ModelAttribute("partnerForm") PartnerForm form, BindingResult result, Model model) {
		UUID park = parks.pageParkOf(actor, parkId);
		if (!actor.actsForZone(park)) {
			throw new org.batterytown.shared.NotAllowed("partner");
		}
		if (!result.hasErrors()) {
			try {
				partners.add(actor, form.draft());
				return "redirect:/retention/partners";
			}
			catch (RuleViolations ex) {
				FormRejections.reject(result, ex);
			}
		}
		return partnersPage(actor, park, form, result, model);
	}

	private String partnersPage(Actor actor, UUID park, PartnerForm form, @Nullable BindingResult result, Model model) {
		model.addAttribute("nav", "retention");
		model.addAttribute("parkId", park);
		model.addAttribute("partners", partners.ofPark(actor, park, null));
		FormRejections.show(model, "partnerForm", form, result);
		model.addAttribute("enterprises", enterprises.list(actor).stream()
			.filter(e -> e.parkId().value().equals(park)).toList());
		model.addAttribute("relations", PartnerRelation.values());
		model.addAttribute("links", Link.values());
		model.addAttribute("zone", actor.actsForZone(park));
		return "retention/partners";
	}

	@PostMapping("/retention/partners/{id}/candidate")
	String offer(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			partners.offer(actor, id);
			redirect.addFlashAttribute("done", "partner.offered");
		}
		catch (RuleViolation | RuleViolations ex) {
			ProblemFlash.of(redirect, ex);
		}
		return "redirect:/retention/partners";
	}

	record PartnerForm(@Nullable UUID enterpriseId, @Nullable PartnerRelation relation, @Nullable String name,
			@Nullable Link link, @Nullable String location, @Nullable String note) {

		PartnerDraft draft() {
			return new PartnerDraft(enterpriseId, relation, name, link, location, note);
		}

	}

}
