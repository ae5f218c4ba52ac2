package org.batterytown.feedback.web;

import java.io.IOException;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.feedback.Tickets;
import org.batterytown.park.ParkManagement;
import org.batterytown.project.ProjectFilter;
import org.batterytown.project.ProjectManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket pages: the park's tickets (an enterprise's own), filing one with an attachment, a ticket's
 * page where the zone routes and answers and the enterprise rates, the statistics per department, and the
 * overdue tickets of a project for its page.
 */
@Controller
class TicketPageController {

	private final Tickets tickets;

	private final ParkManagement parks;

	private final EnterpriseManagement enterprises;

	private final ProjectManagement projects;

	TicketPageController(Tickets tickets, ParkManagement parks, EnterpriseManagement enterprises,
			ProjectManagement projects) {
		this.tickets = tickets;
		this.parks = parks;
		this.enterprises = enterprises;
		this.projects = projects;
	}

	@GetMapping("/tickets")
	String list(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = park(actor, parkId);
		model.addAttribute("nav", "tickets");
		model.addAttribute("parkId", park);
		model.addAttribute("tickets", tickets.list(actor, park));
		model.addAttribute("canFile", actor.role() != Role.VIEWER);
		model.addAttribute("canSeeStats", actor.role() != Role.ENTERPRISE);
		return "feedback/list";
	}

	@GetMapping("/tickets/new")
	String newTicket(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = park(actor, parkId);
		if (actor.role() == Role.VIEWER) {
			throw new org.batterytown.shared.NotAllowed("ticket");
		}
		return form(actor, park, TicketForm.empty(park), null, model);
	}

	@PostMapping("/tickets")
	String file(Actor actor, @ModelAttribute("ticketForm") TicketForm form, BindingResult result,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model) throws IOException {
		UUID park = park(actor, form.parkId());
		if (!result.hasErrors()) {
			try {
				UUID id = tickets.fileWith(actor, form.draft(), file == null ? null : file.getOriginalFilename(),
						file == null ? null : file.getBytes());
				return "redirect:/tickets/" + id;
			}
			catch (RuleViolations ex) {
				FormRejections.reject(result, ex);
			}
			catch (RuleViolation ex) {
				FormRejections.reject(result, ex);
			}
		}
		return form(actor, park, form, result, model);
	}

	@GetMapping("/tickets/{id}")
	String view(Actor actor, @PathVariable UUID id, Model model) {
		var ticket = tickets.get(actor, id);
		model.addAttribute("nav", "tickets");
		model.addAttribute("t", ticket);
		model.addAttribute("departments", tickets.departments());
		model.addAttribute("canWork", actor.actsForZone(ticket.parkId()));
		model.addAttribute("isOwner", actor.role() == Role.ENTERPRISE && ticket.enterpriseId().equals(actor.enterpriseId()));
		return "feedback/ticket";
	}

	@PostMapping("/tickets/{id}/route")
	String route(Actor actor, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String department, RedirectAttributes flash) {
		return act(id, flash, "route", () -> tickets.route(actor, id, department, version));
	}

	@PostMapping("/tickets/{id}/answer")
	String answer(Actor actor, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String text, RedirectAttributes flash) {
		return act(id, flash, "answer", () -> tickets.answer(actor, id, text, version));
	}

	@PostMapping("/tickets/{id}/rate")
	String rate(Actor actor, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable Integer rating, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes flash) {
		return act(id, flash, "rate", () -> tickets.rate(actor, id, rating, reason, version));
	}

	@PostMapping("/tickets/{id}/attachments")
	String attach(Actor actor, @PathVariable UUID id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes flash) throws IOException {
		byte[] bytes = file == null ? new byte[0] : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		return act(id, flash, "attach", () -> tickets.attach(actor, id, name, bytes));
	}

	@GetMapping("/tickets/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(Actor actor, @PathVariable UUID id, @PathVariable UUID attachmentId) {
		return Downloads.of(tickets.attachment(actor, id, attachmentId));
	}

	@GetMapping("/tickets/stats")
	String stats(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = park(actor, parkId);
		model.addAttribute("nav", "tickets");
		model.addAttribute("parkId", park);
		model.addAttribute("rows", tickets.stats(actor, park));
		model.addAttribute("categories", tickets.categories().values());
		return "feedback/stats";
	}

	/** The overdue tickets of a project, as a fragment its page loads. */
	@GetMapping("/tickets/overdue")
	String overdue(Actor actor, @RequestParam UUID projectId, Model model) {
		model.addAttribute("overdue", tickets.overdueOfProject(actor, projectId));
		return "feedback/overdue :: overdue";
	}

	private String act(UUID id, RedirectAttributes flash, String form, Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolation ex) {
			flash.addFlashAttribute("error", ex.messageKey());
			flash.addFlashAttribute("errorArgs", ex.arguments());
			flash.addFlashAttribute("errorForm", form);
		}
		catch (StaleVersion ex) {
			flash.addFlashAttribute("error", "problem.stale");
			flash.addFlashAttribute("errorForm", form);
		}
		return "redirect:/tickets/" + id;
	}

	private String form(Actor actor, UUID park, TicketForm form, @Nullable BindingResult result, Model model) {
		model.addAttribute("nav", "tickets");
		model.addAttribute("categories", tickets.categories().values());
		boolean staff = actor.role() != Role.ENTERPRISE;
		model.addAttribute("staff", staff);
		model.addAttribute("enterprises", staff ? enterprises.list(actor).stream()
			.filter(e -> e.parkId().value().equals(park)).toList() : java.util.List.of());
		model.addAttribute("projects", projects.list(actor, new ProjectFilter(null, null, null, park)));
		FormRejections.show(model, "ticketForm", form, result);
		return "feedback/new";
	}

	private UUID park(Actor actor, @Nullable UUID requested) {
		return parks.pageParkOf(actor, requested);
	}

}
