package org.batterytown.chain.web;

import java.time.LocalDate;
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

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

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

	@GetMapping("/chain")
	String page(Actor actor, @RequestParam(required = false) @Nullable UUID parkId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(required = false) @Nullable Integer lfp, @RequestParam(required = false) @Nullable Integer ncm523,
			@RequestParam(required = false) @Nullable Integer ncm811,
			@RequestParam(required = false) @Nullable Basis basis,
			@RequestParam(required = false) @Nullable StageScope stages,
			@RequestParam(required = false) @Nullable Double threshold,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale) {
		List<ParkView> visible = parks.list(actor);
		model.addAttribute("nav", "chain");
		model.addAttribute("parks", visible);
		model.addAttribute("bases", Basis.values());
		model.addAttribute("scopes", StageScope.values());
		if (visible.isEmpty()) {
			return "chain/page";
		}
		UUID park = parkId == null ? visible.get(0).id().value() : parkId;
		try {
			ParkBalance balance = chain.balance(actor, scenarios.of(park, date, lfp, ncm523, ncm811, basis, stages,
					threshold));
			model.addAttribute("b", balance);
			model.addAttribute("names", enterprises.byId(actor));
			model.addAttribute("chart", json.writeValueAsString(charts.option(balance, enterprises.byId(actor), locale)));
		}
		catch (BadParameter ex) {
			model.addAttribute("problem", ex);
		}
		model.addAttribute("form", new ScenarioForm(park, date, lfp, ncm523, ncm811, basis, stages, threshold));
		return htmx != null ? "chain/page :: result" : "chain/page";
	}

	/** What the user asked for, echoed into the controls. */
	record ScenarioForm(UUID parkId, @Nullable LocalDate date, @Nullable Integer lfp, @Nullable Integer ncm523,
			@Nullable Integer ncm811, @Nullable Basis basis, @Nullable StageScope stages, @Nullable Double threshold) {
	}

}
