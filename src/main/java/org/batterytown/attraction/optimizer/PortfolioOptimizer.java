package org.batterytown.attraction.optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Chooses among open leads the set with the largest expected contribution (likelihood × contribution)
 * whose land and power fit what is available: a 0–1 knapsack with two constraints, solved to optimality
 * by ojAlgo's branch and bound. A limit binds when the chosen set leaves less of it than any unchosen
 * lead needs; the value of one more unit is found by solving again with it, as integer programmes
 * have no dual prices to read.
 */
public final class PortfolioOptimizer {

	private PortfolioOptimizer() {
	}

	/** @throws IllegalArgumentException if a limit is negative */
	public static Portfolio choose(List<Candidate> candidates, double landMu, double powerMw) {
		if (landMu < 0 || powerMw < 0) {
			throw new IllegalArgumentException("Land and power available cannot be negative");
		}
		Solution best = solve(candidates, landMu, powerMw);
		double landLeft = landMu - best.land;
		double powerLeft = powerMw - best.power;
		boolean landBinds = false;
		boolean powerBinds = false;
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			if (!best.chosen[i] && c.expected() > 0) {
				landBinds |= c.landMu() > landLeft + 1e-9;
				powerBinds |= c.powerMw() > powerLeft + 1e-9;
			}
		}
		double moreLand = solve(candidates, landMu + 1, powerMw).value - best.value;
		double morePower = solve(candidates, landMu, powerMw + 1).value - best.value;
		List<UUID> chosen = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			if (best.chosen[i]) {
				chosen.add(candidates.get(i).leadId());
			}
		}
		return new Portfolio(chosen, best.value, best.land, best.power, landBinds, powerBinds, moreLand, morePower);
	}

	private static Solution solve(List<Candidate> candidates, double landMu, double powerMw) {
		ExpressionsBasedModel model = new ExpressionsBasedModel();
		List<Variable> take = new ArrayList<>();
		for (Candidate c : candidates) {
			take.add(model.addVariable(c.leadId().toString()).binary().weight(c.expected()));
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
		Solution s = new Solution(candidates.size());
		for (int i = 0; i < candidates.size(); i++) {
			s.chosen[i] = result.doubleValue(i) > 0.5;
			if (s.chosen[i]) {
				Candidate c = candidates.get(i);
				s.value += c.expected();
				s.land += c.landMu();
				s.power += c.powerMw();
			}
		}
		return s;
	}

	private static final class Solution {

		final boolean[] chosen;

		double value;

		double land;

		double power;

		Solution(int n) {
			chosen = new boolean[n];
		}

	}

}
