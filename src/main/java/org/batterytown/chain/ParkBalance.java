package org.batterytown.chain;

import java.util.List;

import org.batterytown.chain.model.ChainBalance;

/**
 * A park's balance with what it rests on: the scenario, the coefficient set and the registry lines.
 */
public record ParkBalance(ChainScenario scenario, int coefficientSet, ChainBalance balance,
		List<Contribution> contributions) {

	public ParkBalance {
		contributions = List.copyOf(contributions);
	}

}
