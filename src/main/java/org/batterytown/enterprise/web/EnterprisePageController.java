package org.batterytown.enterprise.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.batterytown.audit.AuditTrail;
import org.batterytown.enterprise.ChainRole;
import org.batterytown.enterprise.CreditCode;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Enterprise list, detail and the register / edit forms. */
@Controller
class EnterprisePageController {

	private final EnterpriseManagement enterprises;

	private final ParkManagement parks;

	private final AuditTrail audit;

	EnterprisePageController(EnterpriseManagement enterprises, ParkManagement parks, AuditTrail audit) {
		this.enterprises = enterprises;
		this.parks = parks;
		this.audit = audit;
	}

	@GetMapping("/enterprises")
	String list(Actor actor, Model model) {
		model.addAttribute("nav", "enterprises");
		model.addAttribute("enterprises", enterprises.list(actor));
		model.addAttribute("parks", parks.list(actor));
		return "enterprise/list";
	}

	@GetMapping("/enterprises/{id}")
	String detail(Actor actor, @PathVariable UUID id, Model model) {
		EnterpriseView enterprise = enterprises.get(actor, new EnterpriseId(id));
		model.addAttribute("nav", "enterprises");
		model.addAttribute("e", enterprise);
		model.addAttribute("park", parks.get(actor, enterprise.parkId()));
		model.addAttribute("citations", enterprises.citations(actor, enterprise.id()));
		model.addAttribute("history", audit.historyOf("enterprise", id));
		model.addAttribute("canEdit", actor.canEdit(enterprise.parkId().value(), id));
		return "enterprise/detail";
	}

	@GetMapping("/enterprises/new")
	String newForm(Actor actor, Model model) {
		if (actor.parkId() != null && !actor.canRegisterEnterprise(actor.parkId())) {
			throw new NotAllowed("register an enterprise");
		}
		UUID park = parks.list(actor).stream().findFirst().map(p -> p.id().value()).orElse(null);
		return form(actor, model, new EnterpriseDraft(park, null, "", null, null, null, false, null), null, null, null);
	}

	@PostMapping("/enterprises")
	String register(Actor actor, @Valid EnterpriseDraft draft, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return form(actor, model, draft, result, null, null);
		}
		try {
			EnterpriseId id = enterprises.register(actor, draft);
			return "redirect:/enterprises/" + id.value();
		}
		catch (RuleViolation ex) {
			FormRejections.reject(result, ex);
			return form(actor, model, draft, result, null, null);
		}
	}

	@GetMapping("/enterprises/{id}/edit")
	String editForm(Actor actor, @PathVariable UUID id, Model model) {
		EnterpriseView e = enterprises.get(actor, new EnterpriseId(id));
		if (!actor.canEdit(e.parkId().value(), id)) {
			throw new NotAllowed("edit an enterprise");
		}
		EnterpriseDraft draft = new EnterpriseDraft(e.parkId().value(), e.creditCode(), e.name().zh(), e.name().en(),
				e.parentGroup(), e.chainRoles(), e.chainLeader(), e.description());
		return form(actor, model, draft, null, id, e.version());
	}

	@PostMapping("/enterprises/{id}")
	String update(Actor actor, @PathVariable UUID id, @RequestParam long version, @Valid EnterpriseDraft draft,
			BindingResult result, Model model) {
		if (result.hasErrors()) {
			return form(actor, model, draft, result, id, version);
		}
		try {
			enterprises.update(actor, new EnterpriseId(id), draft, version);
			return "redirect:/enterprises/" + id;
		}
		catch (RuleViolation ex) {
			FormRejections.reject(result, ex);
			return form(actor, model, draft, result, id, version);
		}
		catch (StaleVersion ex) {
			model.addAttribute("stale", true);
			return form(actor, model, draft, result, id, version);
		}
	}

	/** Checks a credit code as the user leaves the field (htmx); answers the message fragment. */
	@PostMapping("/enterprises/check-credit-code")
	String checkCreditCode(@RequestParam(defaultValue = "") String creditCode, Model model) {
		model.addAttribute("problem",
				creditCode.isBlank() ? null : CreditCode.problem(creditCode).orElse(null));
		return "enterprise/form :: creditCodeMessage";
	}

	private String form(Actor actor, Model model, EnterpriseDraft draft, @Nullable BindingResult result,
			@Nullable UUID id, @Nullable Long version) {
		model.addAttribute("nav", "enterprises");
		FormRejections.show(model, "enterpriseDraft", draft, result);
		model.addAttribute("enterpriseId", id);
		model.addAttribute("version", version);
		model.addAttribute("parks", parks.list(actor));
		model.addAttribute("roles", ChainRole.values());
		model.addAttribute("zoneStaff", actor.role() != org.batterytown.shared.Role.ENTERPRISE);
		return "enterprise/form";
	}

}
