package org.batterytown.attraction.optimizer;

import java.util.Map;
import java.util.UUID;

/**
 * An open lead as the optimizer weighs it: the chance it is signed, what it would add to each goal if
 * it were (by goal key, in the goal's unit), and the land (mu) and power (MW) it needs.
 */
public record Candidate(UUID leadId, String codeName, double likelihood, Map<String, Double> contributions,
		double landMu, double powerMw) {

	public Candidate {
		contributions = Map.copyOf(contributions);
		if (!(likelihood >= 0 && likelihood <= 1) || landMu < 0 || powerMw < 0
				|| contributions.values().stream().anyMatch(c -> !(c >= 0))) {
			throw new IllegalArgumentException(codeName + ": likelihood 0–1 and no negative amounts");
		}
	}

	/** What the lead is expected to add to a goal: likelihood × contribution. */
	public double expected(String goal) {
		return likelihood * contributions.getOrDefault(goal, 0.0);
	}

}
