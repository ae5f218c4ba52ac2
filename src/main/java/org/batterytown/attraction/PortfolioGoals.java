package org.batterytown.attraction;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.batterytown.attraction.optimizer.Candidate;
import org.batterytown.attraction.optimizer.Goal;
import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.ChainRole;
import org.batterytown.plan.PlanView;
import org.batterytown.plan.ProjectionView;
import org.jspecify.annotations.Nullable;

/**
 * Turns a plan stage's gaps and the open leads into the optimizer's goals and candidates. A goal is a
 * target's gap at the chosen probability, counted as a share (filling it entirely is worth 1, so a
 * tonne and a yuan weigh alike): a capacity or matching target in its link's capacity, an output value
 * in yuan (a lead's capacity × the coefficient set's base price × base utilization of the target's
 * year), a link or kind of enterprise to be present in enterprises (a lead is one). A lead is weighed
 * only with its likelihood, land and power known; it counts for a target if it could produce by the
 * target's date, or regardless when {@code inTimeOnly} is off. Plain Java.
 */
final class PortfolioGoals {

	/** What a tonne (or million m², or GWh) of a link sells for in a year, at base; null if unpriced. */
	interface UnitValue {

		@Nullable Double of(Link link, int year);

	}

	record Weighing(List<Goal> goals, List<ProjectionView.TargetRow> goalRows, List<Candidate> candidates,
			List<LeadView> weighed, Map<java.util.UUID, YearMonth> production, List<OptimizerView.Left> left,
			List<PlanView.Target> notWeighed) {
	}

	private PortfolioGoals() {
	}

	static Weighing of(List<ProjectionView.TargetRow> stageRows, List<LeadView> leads, YearMonth now,
			int monthsUnsigned, int monthsSigned, boolean inTimeOnly, UnitValue unitValue) {
		List<Goal> goals = new ArrayList<>();
		List<ProjectionView.TargetRow> goalRows = new ArrayList<>();
		List<PlanView.Target> notWeighed = new ArrayList<>();
		for (ProjectionView.TargetRow row : stageRows) {
			Double gap = gap(row);
			if (gap == null) {
				notWeighed.add(row.target());
			}
			else if (gap > 0) {
				goals.add(Goal.share(row.target().key(), gap));
				goalRows.add(row);
			}
		}
		List<Candidate> candidates = new ArrayList<>();
		List<LeadView> weighed = new ArrayList<>();
		Map<java.util.UUID, YearMonth> production = new HashMap<>();
		List<OptimizerView.Left> left = new ArrayList<>();
		for (LeadView lead : leads) {
			if (lead.stage() == LeadStage.REGISTERED || lead.stage() == LeadStage.LOST) {
				continue;
			}
			String missing = lead.likelihood() == null ? "likelihood"
					: lead.landMu() == null ? "landMu" : lead.powerLoadMw() == null ? "powerLoadMw" : null;
			if (missing != null) {
				left.add(new OptimizerView.Left(lead.id(), lead.codeName(), lead.stage(), "optimizer.left." + missing));
				continue;
			}
			YearMonth producing = now.plusMonths(lead.stage() == LeadStage.SIGNED ? monthsSigned : monthsUnsigned);
			Map<String, Double> contributions = new HashMap<>();
			for (ProjectionView.TargetRow row : goalRows) {
				PlanView.Target t = row.target();
				boolean inTime = !producing.isAfter(YearMonth.from(t.date()));
				double c = contribution(t, lead, unitValue);
				if (c > 0 && (inTime || !inTimeOnly)) {
					contributions.put(t.key(), c);
				}
			}
			if (contributions.isEmpty()) {
				left.add(new OptimizerView.Left(lead.id(), lead.codeName(), lead.stage(),
						inTimeOnly ? "optimizer.left.nothingInTime" : "optimizer.left.nothing"));
				continue;
			}
			candidates.add(new Candidate(lead.id(), lead.codeName(), lead.likelihood().doubleValue(), contributions,
					lead.landMu().doubleValue(), lead.powerLoadMw().doubleValue()));
			weighed.add(lead);
			production.put(lead.id(), producing);
		}
		return new Weighing(goals, goalRows, candidates, weighed, production, left, notWeighed);
	}

	/** A target's gap in what leads add to it; null for what leads cannot be weighed against. */
	private static @Nullable Double gap(ProjectionView.TargetRow row) {
		return switch (row.target().kind()) {
			case CAPACITY, OUTPUT_VALUE, LINK_PRESENT, ENTERPRISE_KIND -> row.gap();
			case MATCHING_RATIO -> row.gap() != null && row.gap() == 0 ? Double.valueOf(0) : row.gapCapacity();
			case NATIONAL_RANK, PROJECT_IN_PRODUCTION -> null;
		};
	}

	/** What the lead adds to a target if it produces: capacity, yuan a year, or one enterprise. */
	static double contribution(PlanView.Target t, LeadView lead, UnitValue unitValue) {
		Link link = lead.link();
		if (link == null) {
			return 0;
		}
		double capacity = lead.capacity() == null ? 0 : lead.capacity().doubleValue();
		return switch (t.kind()) {
			case CAPACITY, MATCHING_RATIO -> link == t.link() ? capacity : 0;
			case OUTPUT_VALUE -> {
				Double perUnit = unitValue.of(link, t.date().getYear());
				yield perUnit == null ? 0 : capacity * perUnit;
			}
			case LINK_PRESENT -> link == t.link() ? 1 : 0;
			case ENTERPRISE_KIND -> role(link) == t.chainRole() ? 1 : 0;
			case NATIONAL_RANK, PROJECT_IN_PRODUCTION -> 0;
		};
	}

	/** The chain role an enterprise of a link has, for targets that count enterprises of a kind. */
	static ChainRole role(Link link) {
		return switch (link) {
			case NEEDLE_COKE, LOW_SULPHUR_PETROLEUM_COKE, PITCH, LITHIUM_SALTS, CATHODE_PRECURSORS ->
				ChainRole.RAW_MATERIALS;
			case CRUCIBLES_AND_CONSUMABLES -> ChainRole.CONSUMABLES;
			case GRAPHITIZATION -> ChainRole.GRAPHITIZATION;
			case ANODE -> ChainRole.ANODE_MATERIALS;
			case CATHODE_LFP, CATHODE_NCM523, CATHODE_NCM811 -> ChainRole.CATHODE_MATERIALS;
			case ELECTROLYTE -> ChainRole.ELECTROLYTE;
			case SEPARATOR -> ChainRole.SEPARATOR;
			case COPPER_FOIL, ALUMINIUM_FOIL -> ChainRole.CURRENT_COLLECTOR_FOIL;
			case CELLS -> ChainRole.CELLS;
			case PACKS_AND_STORAGE -> ChainRole.PACKS_AND_STORAGE;
			case BATTERY_RECYCLING, RECYCLED_ALUMINIUM -> ChainRole.RECYCLING;
			case LOGISTICS -> ChainRole.LOGISTICS;
		};
	}

}
