package org.batterytown.plan.projection;

import java.util.List;

/**
 * A target over the scenarios: the share of scenarios that met it, the 10th, 50th and 90th percentile
 * of its measure, and the inputs that move its odds most.
 */
public record TargetOdds(String key, double probability, double p10, double p50, double p90,
		List<Influence> influences) {

	public TargetOdds {
		influences = List.copyOf(influences);
	}

}
