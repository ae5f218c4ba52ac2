package org.batterytown.identity.web;

import org.batterytown.identity.UserManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.RuleViolation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Any user changes their own password. */
@Controller
class AccountPageController {

	private final UserManagement users;

	AccountPageController(UserManagement users) {
		this.users = users;
	}

	@GetMapping("/account/password")
	String form() {
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(Actor actor, @RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String repeatPassword, Model model) {
		if (!newPassword.equals(repeatPassword)) {
			model.addAttribute("error", "user.password.mismatch");
			return "account/password";
		}
		try {
			users.changeOwnPassword(actor, currentPassword, newPassword);
			model.addAttribute("message", "user.password.changed");
		}
		catch (RuleViolation ex) {
			model.addAttribute("error", ex.messageKey());
		}
		return "account/password";
	}

}
