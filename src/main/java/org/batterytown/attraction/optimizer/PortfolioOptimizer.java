package org.batterytown.attraction.optimizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Chooses among open leads the set with the largest weighted expected contribution to the goals
 * whose land and power fit what is available: a mixed-integer programme (a 0–1 variable per lead, a
 * continuous "filled" variable per goal capped at its gap and at what the chosen leads are expected
 * to add), solved to optimality by ojAlgo's branch and bound. The caps are why it is not a plain
 * knapsack: a second anode plant adds nothing once the anode gap is filled, so the land goes to the
 * links still short. A limit binds when a lead that would still add something does not fit in what is
 * left of it; the value of one more unit is found by solving again with it, as integer programmes have
 * no dual prices to read.
 */
public final class PortfolioOptimizer {

	private static final double TOLERANCE = 1e-9;

	private PortfolioOptimizer() {
	}

	/** @throws IllegalArgumentException if a limit is negative */
	public static Portfolio choose(List<Candidate> candidates, List<Goal> goals, double landMu, double powerMw) {
		if (!(landMu >= 0) || !(powerMw >= 0)) {
			throw new IllegalArgumentException("Land and power available cannot be negative");
		}
		boolean[] best = solve(candidates, goals, landMu, powerMw);
		double value = value(candidates, goals, best);
		double landLeft = landMu - sum(candidates, best, true);
		double powerLeft = powerMw - sum(candidates, best, false);
		boolean landBinds = false;
		boolean powerBinds = false;
		for (int i = 0; i < candidates.size(); i++) {
			if (!best[i]) {
				best[i] = true;
				boolean adds = value(candidates, goals, best) > value + TOLERANCE;
				best[i] = false;
				Candidate c = candidates.get(i);
				landBinds |= adds && c.landMu() > landLeft + TOLERANCE;
				powerBinds |= adds && c.powerMw() > powerLeft + TOLERANCE;
			}
		}
		double moreLand = value(candidates, goals, solve(candidates, goals, landMu + 1, powerMw)) - value;
		double morePower = value(candidates, goals, solve(candidates, goals, landMu, powerMw + 1)) - value;
		List<UUID> chosen = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			if (best[i]) {
				chosen.add(candidates.get(i).leadId());
			}
		}
		return new Portfolio(chosen, value, filled(candidates, goals, best), landMu - landLeft, powerMw - powerLeft,
				landBinds, powerBinds, Math.max(0, moreLand), Math.max(0, morePower));
	}

	private static boolean[] solve(List<Candidate> candidates, List<Goal> goals, double landMu, double powerMw) {
		ExpressionsBasedModel model = new ExpressionsBasedModel();
		List<Variable> take = new ArrayList<>();
		for (Candidate c : candidates) {
			take.add(model.addVariable("lead:" + c.leadId()).binary());
		}
		for (Goal g : goals) {
			Variable filled = model.addVariable("goal:" + g.key()).lower(0).weight(g.weight());
			if (g.gap() != null) {
				filled.upper(g.gap());
			}
			// filled ≤ Σ likelihood × contribution of the leads taken
			Expression reach = model.addExpression("reach:" + g.key()).upper(0);
			reach.set(filled, 1);
			for (int i = 0; i < candidates.size(); i++) {
				double expected = candidates.get(i).expected(g.key());
				if (expected > 0) {
					reach.set(take.get(i), -expected);
				}
			}
		}
		Expression land = model.addExpression("land").upper(landMu);
		Expression power = model.addExpression("power").upper(powerMw);
		for (int i = 0; i < candidates.size(); i++) {
			land.set(take.get(i), candidates.get(i).landMu());
			power.set(take.get(i), candidates.get(i).powerMw());
		}
		Optimisation.Result result = model.maximise();
		if (!result.getState().isOptimal()) {
			throw new IllegalStateException("The solver found no optimum: " + result.getState());
		}
		boolean[] chosen = new boolean[candidates.size()];
		for (int i = 0; i < candidates.size(); i++) {
			chosen[i] = result.doubleValue(i) > 0.5;
		}
		return withoutIdle(candidates, goals, chosen);
	}

	/**
	 * The set without leads that add nothing (a gap already filled by the others). A tiny cost per lead
	 * in the objective would do this inside the programme, but ojAlgo 57.1's branch and bound then
	 * reported feasible models infeasible; dropping them afterwards keeps the value and the limits.
	 */
	private static boolean[] withoutIdle(List<Candidate> candidates, List<Goal> goals, boolean[] chosen) {
		double value = value(candidates, goals, chosen);
		for (int i = 0; i < candidates.size(); i++) {
			if (chosen[i]) {
				chosen[i] = false;
				if (value(candidates, goals, chosen) < value - TOLERANCE) {
					chosen[i] = true;
				}
			}
		}
		return chosen;
	}

	/** Each goal's expected filling by a set, capped at its gap. */
	private static Map<String, Double> filled(List<Candidate> candidates, List<Goal> goals, boolean[] set) {
		Map<String, Double> filled = new HashMap<>();
		for (Goal g : goals) {
			double sum = 0;
			for (int i = 0; i < candidates.size(); i++) {
				sum += set[i] ? candidates.get(i).expected(g.key()) : 0;
			}
			filled.put(g.key(), Math.min(g.cap(), sum));
		}
		return filled;
	}

	private static double value(List<Candidate> candidates, List<Goal> goals, boolean[] set) {
		Map<String, Double> filled = filled(candidates, goals, set);
		return goals.stream().mapToDouble(g -> g.weight() * filled.get(g.key())).sum();
	}

	private static double sum(List<Candidate> candidates, boolean[] set, boolean land) {
		double sum = 0;
		for (int i = 0; i < candidates.size(); i++) {
			sum += set[i] ? (land ? candidates.get(i).landMu() : candidates.get(i).powerMw()) : 0;
		}
		return sum;
	}

}
