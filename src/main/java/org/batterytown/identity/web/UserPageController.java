package org.batterytown.identity.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.identity.NewUser;
import org.batterytown.identity.UserManagement;
import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.LocalizedText;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration pages for admins. */
@Controller
class UserPageController {

	private final UserManagement users;

	private final ParkManagement parks;

	private final EnterpriseManagement enterprises;

	UserPageController(UserManagement users, ParkManagement parks, EnterpriseManagement enterprises) {
		this.users = users;
		this.parks = parks;
		this.enterprises = enterprises;
	}

	@GetMapping("/admin/users")
	String list(Actor actor, Model model) {
		return page(actor, model, new NewUser("", null, "", Role.STAFF, null, null), null);
	}

	@PostMapping("/admin/users")
	String create(Actor actor, @Valid NewUser newUser, BindingResult result, Model model, RedirectAttributes flash) {
		if (result.hasErrors()) {
			return page(actor, model, newUser, result);
		}
		try {
			users.create(actor, newUser);
			flash.addFlashAttribute("message", "user.created");
			return "redirect:/admin/users";
		}
		catch (RuleViolation ex) {
			FormRejections.reject(result, ex);
			return page(actor, model, newUser, result);
		}
	}

	@PostMapping("/admin/users/{id}/enabled")
	String setEnabled(Actor actor, @PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes flash) {
		try {
			users.setEnabled(actor, id, enabled);
			flash.addFlashAttribute("message", enabled ? "user.enabled" : "user.disabled");
		}
		catch (RuleViolation ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(Actor actor, @PathVariable UUID id, @RequestParam String password, RedirectAttributes flash) {
		try {
			users.resetPassword(actor, id, password);
			flash.addFlashAttribute("message", "user.passwordReset");
		}
		catch (RuleViolation ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/admin/users";
	}

	private String page(Actor actor, Model model, NewUser form, @Nullable BindingResult result) {
		model.addAttribute("nav", "users");
		model.addAttribute("users", users.list(actor));
		FormRejections.show(model, "newUser", form, result);
		model.addAttribute("roles", Role.values());
		var parkList = parks.list(actor);
		var enterpriseList = enterprises.list(actor);
		Map<UUID, LocalizedText> scopes = new HashMap<>();
		parkList.forEach(p -> scopes.put(p.id().value(), p.name()));
		enterpriseList.forEach(e -> scopes.put(e.id().value(), e.name()));
		model.addAttribute("parks", parkList);
		model.addAttribute("enterprises", enterpriseList);
		model.addAttribute("scopes", scopes);
		return "admin/users";
	}

}
