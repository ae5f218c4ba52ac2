package org.batterytown.attraction.optimizer;

import java.util.UUID;

/**
 * An open lead as the optimizer weighs it: the chance it is signed, what it would contribute to the
 * plan's targets if it were, and the land (mu) and power (MW) it needs.
 */
public record Candidate(UUID leadId, String codeName, double likelihood, double contribution, double landMu,
		double powerMw) {

	public Candidate {
		if (!(likelihood >= 0 && likelihood <= 1) || contribution < 0 || landMu < 0 || powerMw < 0) {
			throw new IllegalArgumentException(codeName + ": likelihood 0–1 and no negative amounts");
		}
	}

	double expected() {
		return likelihood * contribution;
	}

}
