package org.batterytown.chain.web;

import jakarta.validation.Valid;

import org.batterytown.chain.Band;
import org.batterytown.chain.CoefficientChanges;
import org.batterytown.chain.Coefficients;
import org.batterytown.chain.IntensityChange;
import org.batterytown.chain.model.AnodeInput;
import org.batterytown.chain.model.Link;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coefficients in force with their sources and grades; zone staff change them here. */
@Controller
class CoefficientPageController {

	private final Coefficients coefficients;

	private final CoefficientChanges changes;

	CoefficientPageController(Coefficients coefficients, CoefficientChanges changes) {
		this.coefficients = coefficients;
		this.changes = changes;
	}

	@GetMapping("/chain/coefficients")
	String page(Actor actor, Model model) {
		model.addAttribute("nav", "chain");
		model.addAttribute("set", coefficients.current());
		model.addAttribute("history", coefficients.history());
		model.addAttribute("canChange", actor.isAdmin() || actor.role() == Role.STAFF);
		return "chain/coefficients";
	}

	@PostMapping("/chain/coefficients")
	String change(Actor actor, @Valid IntensityChange change, BindingResult result, RedirectAttributes flash) {
		return apply(result, flash, () -> changes.change(actor, change));
	}

	@PostMapping("/chain/coefficients/anode-inputs/{input}")
	String changeInput(Actor actor, @PathVariable AnodeInput input, @Valid Band band, BindingResult result,
			RedirectAttributes flash) {
		return apply(result, flash, () -> changes.change(actor, input, band));
	}

	@PostMapping("/chain/coefficients/prices/{link}/{year}")
	String changePrice(Actor actor, @PathVariable Link link, @PathVariable int year,
			@RequestParam(defaultValue = "false") boolean toll, @Valid Band band, BindingResult result,
			RedirectAttributes flash) {
		return apply(result, flash, () -> changes.change(actor, link, toll, year, band));
	}

	@PostMapping("/chain/coefficients/utilization/{year}")
	String changeUtilization(Actor actor, @PathVariable int year, @Valid Band band, BindingResult result,
			RedirectAttributes flash) {
		return apply(result, flash, () -> changes.changeUtilization(actor, year, band));
	}

	/** Applies a change and comes back to the page with what happened, in words. */
	private static String apply(BindingResult result, RedirectAttributes flash, Runnable change) {
		if (result.hasErrors()) {
			flash.addFlashAttribute("error", "chain.coefficient.invalid");
			return "redirect:/chain/coefficients";
		}
		try {
			change.run();
			flash.addFlashAttribute("message", "chain.coefficient.changed");
		}
		catch (RuleViolation ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/chain/coefficients";
	}

}
