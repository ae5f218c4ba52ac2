package org.batterytown.stats.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.park.ParkManagement;
import org.batterytown.park.ParkView;
import org.batterytown.project.Product;
import org.batterytown.shared.Actor;
import org.batterytown.stats.FiguresView;
import org.batterytown.stats.StatsFigures;
import org.batterytown.stats.figures.PeriodKind;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/** The figures page: headline measures with year-on-year on both sets, charts, links, products, enterprises. */
@Controller
class FiguresPageController {

	private final StatsFigures figures;

	private final ParkManagement parks;

	private final EnterpriseManagement enterprises;

	private final MessageSource messages;

	private final JsonMapper json;

	FiguresPageController(StatsFigures figures, ParkManagement parks, EnterpriseManagement enterprises,
			MessageSource messages, JsonMapper json) {
		this.figures = figures;
		this.parks = parks;
		this.enterprises = enterprises;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/stats")
	String figures(Actor actor, @RequestParam(required = false) @Nullable UUID parkId,
			@RequestParam(required = false) @Nullable UUID enterpriseId,
			@RequestParam(defaultValue = "MONTH") PeriodKind kind, @RequestParam(required = false) @Nullable YearMonth month,
			@RequestParam(required = false) @Nullable Product product, Model model, Locale locale) {
		model.addAttribute("nav", "figures");
		List<ParkView> visible = parks.list(actor);
		model.addAttribute("parks", visible);
		if (visible.isEmpty()) {
			return "stats/figures";
		}
		UUID park = parkId != null ? parkId : actor.parkId() != null ? actor.parkId() : visible.get(0).id().value();
		UUID enterprise = actor.enterpriseId() != null ? actor.enterpriseId() : enterpriseId;
		FiguresView f = figures.of(actor, park, enterprise, kind, month, product);
		model.addAttribute("f", f);
		model.addAttribute("parkId", park);
		model.addAttribute("kinds", PeriodKind.values());
		model.addAttribute("enterprises", enterprises.list(actor).stream()
			.filter(e -> e.parkId().value().equals(park)).toList());
		FigureCharts charts = new FigureCharts(messages, locale);
		model.addAttribute("outputChart", json.writeValueAsString(charts.outputTrend(f)));
		model.addAttribute("electricityChart", json.writeValueAsString(charts.electricityVsOutput(f)));
		model.addAttribute("productionChart",
				f.productTrend() == null ? null : json.writeValueAsString(charts.productionVsCapacity(f.productTrend())));
		return "stats/figures";
	}

}
