package org.batterytown.retention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.feedback.Tickets;
import org.batterytown.park.ParkManagement;
import org.batterytown.retention.Topic;
import org.batterytown.retention.VisitView;
import org.batterytown.retention.Visits;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Visit pages: the list, the form, a visit with what became of its problems, promises and expansion. */
@Controller
class VisitPageController {

	private final Visits visits;

	private final ParkManagement parks;

	private final EnterpriseManagement enterprises;

	private final Tickets tickets;

	private final Clock clock;

	VisitPageController(Visits visits, ParkManagement parks, EnterpriseManagement enterprises, Tickets tickets,
			Clock clock) {
		this.visits = visits;
		this.parks = parks;
		this.enterprises = enterprises;
		this.tickets = tickets;
		this.clock = clock;
	}

	@GetMapping("/retention/visits")
	String list(Actor actor, @RequestParam(required = false) @Nullable UUID parkId,
			@RequestParam(required = false) @Nullable UUID enterpriseId, Model model) {
		UUID park = parks.pageParkOf(actor, parkId);
		model.addAttribute("nav", "retention");
		model.addAttribute("parkId", park);
		model.addAttribute("visits", visits.ofPark(actor, park, enterpriseId));
		model.addAttribute("canRecord", actor.actsForZone(park));
		return "retention/visits";
	}

	@GetMapping("/retention/visits/new")
	String newVisit(Actor actor, @RequestParam(required = false) @Nullable UUID parkId,
			@RequestParam(required = false) @Nullable UUID enterpriseId, Model model) {
		UUID park = parks.pageParkOf(actor, parkId);
		if (!actor.actsForZone(park)) {
			throw new NotAllowed("visit");
		}
		return form(actor, park, VisitForm.empty(enterpriseId, LocalDate.now(clock), actor.username()), null, model);
	}

	@PostMapping("/retention/visits")
	String record(Actor actor, @RequestParam(required = false) @Nullable UUID parkId,
			@ModelAttribute("visitForm") VisitForm form, BindingResult result, Model model) {
		UUID park = parks.pageParkOf(actor, parkId);
		if (!actor.actsForZone(park)) {
			throw new NotAllowed("visit");
		}
		if (!result.hasErrors()) {
			try {
				return "redirect:/retention/visits/" + visits.record(actor, form.draft());
			}
			catch (RuleViolations ex) {
				FormRejections.reject(result, ex);
			}
		}
		return form(actor, park, form, result, model);
	}

	private String form(Actor actor, UUID park, VisitForm form, @Nullable BindingResult result, Model model) {
		model.addAttribute("nav", "retention");
		model.addAttribute("parkId", park);
		FormRejections.show(model, "visitForm", form, result);
		model.addAttribute("enterprises", enterprises.list(actor).stream()
			.filter(e -> e.parkId().value().equals(park)).toList());
		model.addAttribute("topicValues", Topic.values());
		model.addAttribute("links", Link.values());
		model.addAttribute("rows", java.util.stream.IntStream.range(0, VisitForm.ROWS).boxed().toList());
		return "retention/visit-form";
	}

	@GetMapping("/retention/visits/{id}")
	String visit(Actor actor, @PathVariable UUID id, Model model) {
		VisitView visit = visits.get(actor, id);
		model.addAttribute("nav", "retention");
		model.addAttribute("v", visit);
		model.addAttribute("canWork", actor.actsForZone(visit.parkId()));
		model.addAttribute("categories", tickets.categories().values());
		return "retention/visit";
	}

	@PostMapping("/retention/visits/{id}/problems/{position}/ticket")
	String toTicket(Actor actor, @PathVariable UUID id, @PathVariable int position,
			@RequestParam(required = false) @Nullable String category, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			UUID ticket = visits.problemToTicket(actor, id, position, category, version);
			redirect.addFlashAttribute("done", "visit.ticketFiled");
			redirect.addFlashAttribute("doneId", ticket);
		}
		catch (RuleViolations | RuleViolation | StaleVersion ex) {
			ProblemFlash.of(redirect, ex);
		}
		return "redirect:/retention/visits/" + id;
	}

	@PostMapping("/retention/visits/{id}/problems/{position}/follow-up")
	String toFollowUp(Actor actor, @PathVariable UUID id, @PathVariable int position,
			@RequestParam(required = false) @Nullable String owner,
			@RequestParam(required = false) @Nullable LocalDate dueOn, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			visits.problemToFollowUp(actor, id, position, owner, dueOn, version);
			redirect.addFlashAttribute("done", "visit.followUpOpened");
		}
		catch (RuleViolation | StaleVersion ex) {
			ProblemFlash.of(redirect, ex);
		}
		return "redirect:/retention/visits/" + id;
	}

	@PostMapping("/retention/visits/{id}/expansion/lead")
	String toLead(Actor actor, @PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			UUID lead = visits.expansionToLead(actor, id, version);
			return "redirect:/leads/" + lead;
		}
		catch (RuleViolations | RuleViolation | StaleVersion ex) {
			ProblemFlash.of(redirect, ex);
		}
		return "redirect:/retention/visits/" + id;
	}

}
