package org.batterytown.chain;

import java.util.List;

import org.batterytown.chain.model.ChainBalance;
import org.batterytown.chain.model.OutputValue;
import org.batterytown.chain.model.UpstreamNeed;

/**
 * A park's balance with what it rests on: the scenario, the coefficient set and the registry lines;
 * and what its counted anode output needs upstream.
 */
public record ParkBalance(ChainScenario scenario, int coefficientSet, ChainBalance balance, List<UpstreamNeed> upstream,
		OutputValue outputValue, List<Contribution> contributions) {

	public ParkBalance {
		upstream = List.copyOf(upstream);
		contributions = List.copyOf(contributions);
	}

}
