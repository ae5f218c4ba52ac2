package org.batterytown.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.batterytown.chain.ParkChain;
import org.batterytown.chain.Scenarios;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.park.ParkId;
import org.batterytown.park.ParkManagement;
import org.batterytown.park.ParkView;
import org.batterytown.project.CapacityUnit;
import org.batterytown.project.ProjectCapacity;
import org.batterytown.project.ProjectFilter;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.StageGroup;
import org.batterytown.plan.PlanManagement;
import org.batterytown.plan.PlanProjections;
import org.batterytown.plan.PlanView;
import org.batterytown.plan.ProjectionRequest;
import org.batterytown.retention.EnterpriseHealth;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.batterytown.stats.IndustryFigures;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The park overview: KPIs, capacity by product and stage group, projects by stage, what is overdue. */
@Controller
class OverviewController {

	private final ParkManagement parks;

	private final EnterpriseManagement enterprises;

	private final ProjectManagement projects;

	private final ParkChain chain;

	private final Scenarios scenarios;

	private final MessageSource messages;

	private final JsonMapper json;

	private final IndustryFigures industry;

	private final PlanManagement plans;

	private final PlanProjections projections;

	private final EnterpriseHealth health;

	OverviewController(ParkManagement parks, EnterpriseManagement enterprises, ProjectManagement projects,
			ParkChain chain, Scenarios scenarios, MessageSource messages, JsonMapper json, IndustryFigures industry,
			PlanManagement plans, PlanProjections projections, EnterpriseHealth health) {
		this.health = health;
		this.plans = plans;
		this.projections = projections;
		this.parks = parks;
		this.enterprises = enterprises;
		this.projects = projects;
		this.chain = chain;
		this.scenarios = scenarios;
		this.messages = messages;
		this.json = json;
		this.industry = industry;
	}

	@GetMapping("/")
	String overview(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model, Locale locale) {
		List<ParkView> visible = parks.list(actor);
		model.addAttribute("nav", "overview");
		model.addAttribute("parks", visible);
		if (visible.isEmpty()) {
			return "overview";
		}
		ParkView park = parkId == null ? visible.get(0) : parks.get(actor, new ParkId(parkId));
		UUID id = park.id().value();
		var parkProjects = projects.list(actor, new ProjectFilter(null, null, null, id));
		ParkOverview overview = ParkOverview.of(park,
				enterprises.list(actor).stream().filter(e -> e.parkId().equals(park.id())).toList(), parkProjects,
				ProjectCapacity.totals(parkProjects));
		model.addAttribute("o", overview);
		model.addAttribute("groups", StageGroup.values());
		model.addAttribute("citations", parks.citations(actor, park.id()));
		model.addAttribute("industry", industry.latestOfParkIndustry(actor, park.id().value()));
		// Today's chain at the default mix, producing lines only: what the chain page opens with.
		model.addAttribute("chain", chain.balance(actor, scenarios.of(id, null, null, null, null, null, null, null)));
		model.addAttribute("capacityChart", json.writeValueAsString(capacityChart(overview, locale)));
		plan(actor, id, model);
		// early warning: enterprises at risk for the zone and its leaders; an enterprise user its own
		model.addAttribute("atRisk", health.atRisk(actor, id));
		return "overview";
	}

	/** The headline of the park's first plan, for those who may read plans: capacity, output value, odds. */
	private void plan(Actor actor, UUID parkId, Model model) {
		if (actor.role() == Role.ENTERPRISE) {
			return;
		}
		List<PlanView> found = plans.ofPark(actor, parkId);
		if (!found.isEmpty()) {
			model.addAttribute("planView", projections.project(actor, found.get(0).id(), ProjectionRequest.defaults()));
			model.addAttribute("planForecasts", plans.forecasts(actor, found.get(0).id()));
		}
	}

	/** Stacked bars of tonnage products by stage group, in 万吨 / kt. Pieces and GWh stay in the table. */
	private Map<String, Object> capacityChart(ParkOverview o, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		BigDecimal divisor = english ? new BigDecimal("1000") : new BigDecimal("10000");
		List<String> products = new ArrayList<>();
		List<ParkOverview.CapacityRow> rows = o.capacity()
			.stream()
			.filter(r -> r.unit() == CapacityUnit.TONNES_PER_YEAR)
			.toList();
		rows.forEach(r -> products.add(text("product." + r.product(), locale)));
		List<Map<String, Object>> series = new ArrayList<>();
		for (StageGroup group : StageGroup.values()) {
			List<@Nullable BigDecimal> data = new ArrayList<>();
			boolean any = false;
			for (ParkOverview.CapacityRow row : rows) {
				var total = row.byGroup().get(group);
				any |= total != null;
				data.add(total == null ? null : total.nameplate().divide(divisor, 2, RoundingMode.HALF_UP));
			}
			if (any) {
				Map<String, Object> s = new LinkedHashMap<>();
				s.put("name", text("stageGroup." + group, locale));
				s.put("type", "bar");
				s.put("stack", "capacity");
				s.put("data", data);
				s.put("itemStyle", Map.of("color", color(group)));
				series.add(s);
			}
		}
		String unit = text("chart.unit.tonnes", locale);
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("title", Map.of("text", text("chart.capacity.title", locale), "left", "center",
				"textStyle", Map.of("fontSize", 14)));
		option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
		// app.js turns this into the tooltip's value formatter (a function cannot travel in JSON).
		option.put("valueUnit", unit);
		option.put("legend", Map.of("bottom", 0));
		option.put("grid", Map.of("left", 60, "right", 20, "top", 50, "bottom", 60));
		option.put("xAxis", Map.of("type", "category", "data", products));
		option.put("yAxis", Map.of("type", "value", "name", unit));
		option.put("series", series);
		return option;
	}

	private static String color(StageGroup group) {
		return switch (group) {
			case PIPELINE -> "#6c757d";
			case APPROVALS -> "#0d6efd";
			case CONSTRUCTION -> "#f0ad4e";
			case PRODUCING -> "#198754";
			case HALTED -> "#212529";
		};
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
