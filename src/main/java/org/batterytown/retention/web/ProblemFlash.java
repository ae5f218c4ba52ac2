package org.batterytown.retention.web;

import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Why a one-button action on a retention page was refused, carried to the page it redirects to (the
 * tabs fragment shows it): a rule's message with its arguments, or "changed meanwhile". Nothing was
 * written then.
 */
final class ProblemFlash {

	private ProblemFlash() {
	}

	static void of(RedirectAttributes redirect, RuntimeException refused) {
		RuleViolation first;
		if (refused instanceof RuleViolations all) {
			first = all.violations().get(0);
		}
		else if (refused instanceof RuleViolation one) {
			first = one;
		}
		else if (refused instanceof StaleVersion) {
			first = new RuleViolation(null, "problem.stale");
		}
		else {
			throw refused;
		}
		redirect.addFlashAttribute("problem", first.messageKey());
		redirect.addFlashAttribute("problemArgs", first.arguments());
	}

}
