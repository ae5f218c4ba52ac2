package org.batterytown.chain.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.batterytown.chain.ParkBalance;
import org.batterytown.chain.ParkChain;
import org.batterytown.chain.Scenarios;
import org.batterytown.chain.StageScope;
import org.batterytown.chain.model.Basis;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.park.ParkManagement;
import org.batterytown.park.ParkView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.BadParameter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The chain page: scenario controls, the chain map coloured by coverage, the balance table with what
 * each figure rests on, and the gaps. htmx swaps the result when a control changes.
 */
@Controller
class ChainPageController {

	private final ParkChain chain;

	private final Scenarios scenarios;

	private final ParkManagement parks;

	private final EnterpriseManagement enterprises;

	private final ChainMapChart charts;

	private final JsonMapper json;

	ChainPageController(ParkChain chain, Scenarios scenarios, ParkManagement parks, EnterpriseManagement enterprises,
			ChainMapChart charts, JsonMapper json) {
		this.chain = chain;
		this.scenarios = scenarios;
		this.parks = parks;
		this.enterprises = enterprises;
		this.charts = charts;
		this.json = json;
	}

	/** The whole page, or only the result when htmx asks after a control changed. */
	@GetMapping("/chain")
	String page(Actor actor, ScenarioParameters p, BindingResult binding,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale) {
		List<ParkView> visible = parks.list(actor);
		model.addAttribute("nav", "chain");
		model.addAttribute("parks", visible);
		model.addAttribute("bases", Basis.values());
		model.addAttribute("scopes", StageScope.values());
		UUID park = p.parkId() != null ? p.parkId() : visible.isEmpty() ? null : visible.get(0).id().value();
		model.addAttribute("form", new ScenarioParameters(park, p.date(), p.lfp(), p.ncm523(), p.ncm811(), p.basis(),
				p.stages(), p.threshold()));
		if (park == null) {
			return "chain/page";
		}
		if (binding.hasErrors()) {
			model.addAttribute("problem", new BadParameter(binding.getFieldErrors().get(0).getField(), "problem.badRequest"));
		}
		else {
			try {
				ParkBalance balance = chain.balance(actor, scenarios.of(park, p.date(), p.lfp(), p.ncm523(), p.ncm811(),
						p.basis(), p.stages(), p.threshold()));
				var names = enterprises.byId(actor);
				model.addAttribute("b", balance);
				model.addAttribute("chart", json.writeValueAsString(charts.option(balance, names, locale)));
			}
			catch (BadParameter ex) {
				model.addAttribute("problem", ex);
			}
		}
		return htmx != null ? "chain/page :: result" : "chain/page";
	}

}
