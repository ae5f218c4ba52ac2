package org.batterytown.approval.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.batterytown.approval.ApprovalCases;
import org.batterytown.approval.ApprovalMode;
import org.batterytown.approval.CaseView;
import org.batterytown.approval.EiaLevel;
import org.batterytown.approval.ItemType;
import org.batterytown.park.ParkManagement;
import org.batterytown.project.ProjectFilter;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.StageGroup;
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

/**
 * The approval pages: the park's cases with what has been escalated and signing-to-start per project; a
 * form that opens a case with its checklist; a case's page where the zone's staff accept, close or commit
 * items and record post-checks; and an officer's own list.
 */
@Controller
class ApprovalPageController {

	private final ApprovalCases approvals;

	private final ProjectManagement projects;

	private final ParkManagement parks;

	ApprovalPageController(ApprovalCases approvals, ProjectManagement projects, ParkManagement parks) {
		this.approvals = approvals;
		this.projects = projects;
		this.parks = parks;
	}

	@GetMapping("/approvals")
	String list(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = park(actor, parkId);
		model.addAttribute("nav", "approvals");
		model.addAttribute("parkId", park);
		model.addAttribute("cases", approvals.ofPark(actor, park));
		model.addAttribute("escalated", approvals.escalated(actor, park));
		model.addAttribute("escalateAfter", approvals.escalateAfter());
		model.addAttribute("durations", approvals.signingToStart(actor, park));
		model.addAttribute("canEdit", actor.actsForZone(park));
		return "approval/list";
	}

	@GetMapping("/approvals/mine")
	String mine(Actor actor, Model model) {
		model.addAttribute("nav", "approvals");
		model.addAttribute("items", approvals.mine(actor));
		return "approval/mine";
	}

	@GetMapping("/approvals/new")
	String newCase(Actor actor, @RequestParam(required = false) @Nullable UUID parkId,
			@RequestParam(required = false) @Nullable UUID projectId, Model model) {
		UUID park = park(actor, parkId);
		if (!actor.actsForZone(park)) {
			throw new NotAllowed("approval case");
		}
		return form(actor, park, OpenCaseForm.empty(park, projectId, departments()), null, model);
	}

	@PostMapping("/approvals")
	String open(Actor actor, @ModelAttribute("caseForm") OpenCaseForm form, BindingResult result, Model model) {
		UUID park = park(actor, form.parkId());
		if (!actor.actsForZone(park)) {
			throw new NotAllowed("approval case");
		}
		if (!result.hasErrors()) {
			try {
				return "redirect:/approvals/" + approvals.open(actor, form.command());
			}
			catch (RuleViolations ex) {
				FormRejections.reject(result, ex);
			}
		}
		return form(actor, park, form, result, model);
	}

	@GetMapping("/approvals/{id}")
	String view(Actor actor, @PathVariable UUID id, Model model) {
		return page(actor, approvals.get(actor, id), null, null, null, model);
	}

	/** Acts on one item; a refusal is shown at that item's row and nothing changes. */
	@PostMapping("/approvals/{id}/items/{position}")
	String act(Actor actor, @PathVariable UUID id, @PathVariable int position,
			@ModelAttribute("action") ItemActionForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				approvals.act(actor, id, position, form.action(), form.version() == null ? -1 : form.version());
				return "redirect:/approvals/" + id + "#item-" + position;
			}
			catch (RuleViolation ex) {
				FormRejections.reject(result, ex);
			}
			catch (StaleVersion ex) {
				result.reject("problem.stale");
			}
		}
		return page(actor, approvals.get(actor, id), position, form, result, model);
	}

	private String page(Actor actor, CaseView c, @Nullable Integer failedPosition, @Nullable ItemActionForm failed,
			@Nullable BindingResult result, Model model) {
		model.addAttribute("nav", "approvals");
		model.addAttribute("c", c);
		model.addAttribute("canEdit", actor.actsForZone(c.parkId()));
		model.addAttribute("failedPosition", failedPosition);
		FormRejections.show(model, "action", failed == null ? new ItemActionForm(c.version(), null, null, null, null, null)
				: failed, result);
		return "approval/case";
	}

	private String form(Actor actor, UUID park, OpenCaseForm form, @Nullable BindingResult result, Model model) {
		Set<UUID> withCase = approvals.ofPark(actor, park).stream().map(CaseView::projectId).collect(Collectors.toSet());
		model.addAttribute("nav", "approvals");
		model.addAttribute("projects", projects.list(actor, new ProjectFilter(null, null, null, park)).stream()
			.filter(p -> !withCase.contains(p.id().value()))
			.filter(p -> p.stageGroup() == StageGroup.PIPELINE || p.stageGroup() == StageGroup.APPROVALS)
			.toList());
		model.addAttribute("modes", ApprovalMode.values());
		model.addAttribute("eiaLevels", EiaLevel.values());
		model.addAttribute("energyThreshold", approvals.energyReviewMinTce());
		FormRejections.show(model, "caseForm", form, result);
		return "approval/new";
	}

	private List<String> departments() {
		return approvals.catalogue().stream().map(ItemType::department).distinct().toList();
	}

	private UUID park(Actor actor, @Nullable UUID requested) {
		return parks.pageParkOf(actor, requested);
	}

}
