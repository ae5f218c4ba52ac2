package org.batterytown.attraction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

import org.batterytown.attraction.optimizer.Candidate;
import org.batterytown.attraction.optimizer.Portfolio;
import org.batterytown.attraction.optimizer.PortfolioOptimizer;
import org.batterytown.chain.Coefficients;
import org.batterytown.chain.model.Link;
import org.batterytown.chain.model.Price;
import org.batterytown.chain.model.Utilization;
import org.batterytown.plan.Assumption;
import org.batterytown.plan.PlanId;
import org.batterytown.plan.PlanManagement;
import org.batterytown.plan.PlanProjections;
import org.batterytown.plan.PlanView;
import org.batterytown.plan.ProjectionAssumptions;
import org.batterytown.plan.ProjectionRequest;
import org.batterytown.plan.ProjectionView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chooses the open leads to pursue for a stage of the park's plan: the stage's gaps from the plan's
 * projection, the leads weighed against them ({@link PortfolioGoals}), and the optimizer's choice
 * within the land and power the zone says are available. The land module is not there yet, so both
 * limits are entered with each request.
 */
@Service
@Transactional(readOnly = true)
public class PortfolioPlanning {

	private final AttractionManagement attraction;

	private final PlanManagement plans;

	private final PlanProjections projections;

	private final ProjectionAssumptions assumptions;

	private final Coefficients coefficients;

	private final Clock clock;

	PortfolioPlanning(AttractionManagement attraction, PlanManagement plans, PlanProjections projections,
			ProjectionAssumptions assumptions, Coefficients coefficients, Clock clock) {
		this.attraction = attraction;
		this.plans = plans;
		this.projections = projections;
		this.assumptions = assumptions;
		this.coefficients = coefficients;
		this.clock = clock;
	}

	/**
	 * @throws RuleViolations naming landMu, powerMw, probability or stageNo when missing or out of range
	 * @throws NotFound if the park has no plan, or the plan is not the park's
	 */
	public OptimizerView choose(Actor actor, UUID parkId, OptimizerRequest request) {
		List<LeadView> leads = attraction.ofPark(actor, parkId);
		check(request);
		PlanView plan = plan(actor, parkId, request.planId());
		int stageNo = stage(plan, request.stageNo());
		double probability = request.probability() == null ? ProjectionRequest.DEFAULT_PROBABILITY
				: request.probability();
		ProjectionView projection = projections.project(actor, plan.id(),
				new ProjectionRequest(null, null, probability, null));
		List<ProjectionView.TargetRow> rows = projection.targets().stream()
			.filter(r -> r.target().stageNo() == stageNo)
			.toList();
		int unsigned = months("lead.PLANNED");
		int signed = months("lead.SIGNED");
		PortfolioGoals.Weighing w = PortfolioGoals.of(rows, leads, YearMonth.now(clock), unsigned, signed,
				request.inTimeOnly(), unitValue());
		Portfolio p = PortfolioOptimizer.choose(w.candidates(), w.goals(), request.landMu(), request.powerMw());
		List<OptimizerView.GoalRow> goals = new ArrayList<>();
		for (int i = 0; i < w.goalRows().size(); i++) {
			PlanView.Target t = w.goalRows().get(i).target();
			goals.add(new OptimizerView.GoalRow(t, w.goals().get(i).gap(), p.filled().get(t.key())));
		}
		List<OptimizerView.Pick> picks = new ArrayList<>();
		for (int i = 0; i < w.candidates().size(); i++) {
			Candidate c = w.candidates().get(i);
			LeadView lead = w.weighed().get(i);
			Map<String, Double> expected = new java.util.HashMap<>();
			c.contributions().keySet().forEach(k -> expected.put(k, c.expected(k)));
			picks.add(new OptimizerView.Pick(c.leadId(), c.codeName(), lead.stage(), lead.link(), c.likelihood(),
					c.landMu(), c.powerMw(), w.production().get(c.leadId()), expected, p.chosen().contains(c.leadId())));
		}
		return new OptimizerView(parkId, plan.id().value(), plan.name(), plan.stages(), stageNo, probability,
				request.landMu(), request.powerMw(), request.inTimeOnly(), unsigned, signed, p.value(), p.landUsed(),
				p.powerUsed(), p.landBinding(), p.powerBinding(), p.valueOfOneMoreMu(), p.valueOfOneMoreMw(), goals,
				picks, w.left(), w.notWeighed());
	}

	private static void check(OptimizerRequest request) {
		List<RuleViolation> found = new ArrayList<>();
		if (request.landMu() == null) {
			found.add(new RuleViolation("landMu", "optimizer.landRequired"));
		}
		else if (!(request.landMu() >= 0 && request.landMu() <= 1_000_000)) {
			found.add(new RuleViolation("landMu", "optimizer.range"));
		}
		if (request.powerMw() == null) {
			found.add(new RuleViolation("powerMw", "optimizer.powerRequired"));
		}
		else if (!(request.powerMw() >= 0 && request.powerMw() <= 1_000_000)) {
			found.add(new RuleViolation("powerMw", "optimizer.range"));
		}
		if (request.probability() != null && !(request.probability() > 0 && request.probability() < 1)) {
			found.add(new RuleViolation("probability", "plan.projection.probability"));
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
	}

	private PlanView plan(Actor actor, UUID parkId, @Nullable UUID planId) {
		if (planId == null) {
			return plans.ofPark(actor, parkId).stream().findFirst().orElseThrow(() -> new NotFound("plan", parkId));
		}
		PlanView plan = plans.get(actor, new PlanId(planId));
		if (!plan.parkId().equals(parkId)) {
			throw new NotFound("plan", planId);
		}
		return plan;
	}

	/** The stage asked for; else the first whose deadline is still ahead, else the last. */
	private int stage(PlanView plan, @Nullable Integer requested) {
		if (requested != null) {
			if (plan.stages().stream().noneMatch(s -> s.stageNo() == requested)) {
				throw new RuleViolations(List.of(new RuleViolation("stageNo", "optimizer.stageUnknown")));
			}
			return requested;
		}
		LocalDate today = LocalDate.now(clock);
		return plan.stages().stream()
			.filter(s -> !s.deadline().isBefore(today))
			.mapToInt(PlanView.Stage::stageNo)
			.min()
			.orElse(plan.stages().stream().mapToInt(PlanView.Stage::stageNo).max().orElseThrow());
	}

	private int months(String key) {
		return assumptions.list().stream()
			.filter(a -> a.key().equals(key))
			.findFirst()
			.map(Assumption::mode)
			.map(java.math.BigDecimal::intValue)
			.orElseThrow(() -> new IllegalStateException("assumption " + key + " is missing"));
	}

	/** Base price × base utilization of the year, or of the latest earlier year with a figure (else the first). */
	private PortfolioGoals.UnitValue unitValue() {
		Coefficients.CoefficientSet set = coefficients.current();
		Map<Link, NavigableMap<Integer, Double>> prices = new java.util.EnumMap<>(Link.class);
		for (Price price : set.prices()) {
			if (!price.toll()) {
				prices.computeIfAbsent(price.link(), l -> new TreeMap<>()).put(price.year(), price.base());
			}
		}
		NavigableMap<Integer, Double> utilization = new TreeMap<>();
		for (Utilization u : set.utilizations()) {
			utilization.put(u.year(), u.base());
		}
		return (link, year) -> {
			Double price = at(prices.get(link), year);
			Double share = at(utilization, year);
			return price == null || share == null ? null : price * share;
		};
	}

	private static @Nullable Double at(
			@Nullable NavigableMap<Integer, Double> byYear, int year) {
		if (byYear == null || byYear.isEmpty()) {
			return null;
		}
		var entry = byYear.floorEntry(year);
		return entry == null ? byYear.firstEntry().getValue() : entry.getValue();
	}

}
