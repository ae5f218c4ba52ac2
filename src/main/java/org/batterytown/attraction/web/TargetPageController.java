package org.batterytown.attraction.web;

import java.util.UUID;

import org.batterytown.attraction.TargetList;
import org.batterytown.chain.model.Link;
import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
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

/**
 * The target list: links to attract with their shortfall and the zone's own words, the candidate
 * investors ranked per link, a form to record one, and taking a candidate up as a lead.
 */
@Controller
class TargetPageController {

	private final TargetList targets;

	private final ParkManagement parks;

	TargetPageController(TargetList targets, ParkManagement parks) {
		this.targets = targets;
		this.parks = parks;
	}

	@GetMapping("/leads/targets")
	String list(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = LeadParks.of(actor, parkId, parks);
		return page(actor, park, model, CandidateForm.empty(park), null);
	}

	@PostMapping("/leads/targets/candidates")
	String record(Actor actor, @ModelAttribute("candidate") CandidateForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		UUID park = LeadParks.of(actor, form.parkId(), parks);
		if (!result.hasErrors()) {
			try {
				targets.record(actor, form.draft());
				flash.addFlashAttribute("message", "targets.recorded");
				return "redirect:/leads/targets?parkId=" + park;
			}
			catch (RuleViolations ex) {
				FormRejections.reject(result, ex);
			}
		}
		return page(actor, park, model, form, result);
	}

	/** Opens a lead from the candidate under the code name given, and shows it. */
	@PostMapping("/leads/targets/candidates/{id}/lead")
	String takeUp(Actor actor, @PathVariable UUID id, @RequestParam(required = false) @Nullable String codeName,
			@RequestParam(required = false) @Nullable UUID parkId, RedirectAttributes flash) {
		try {
			return "redirect:/leads/" + targets.takeUp(actor, id, codeName);
		}
		catch (RuleViolations ex) {
			flash.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		catch (RuleViolation ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		flash.addFlashAttribute("errorCandidate", id);
		return "redirect:/leads/targets" + (parkId == null ? "" : "?parkId=" + parkId);
	}

	private String page(Actor actor, UUID park, Model model, CandidateForm form, @Nullable BindingResult result) {
		model.addAttribute("nav", "leads");
		model.addAttribute("parkId", park);
		model.addAttribute("rows", targets.of(actor, park));
		model.addAttribute("links", Link.values());
		model.addAttribute("canEdit", actor.actsForZone(park));
		FormRejections.show(model, "candidate", form, result);
		return "attraction/targets";
	}

}
