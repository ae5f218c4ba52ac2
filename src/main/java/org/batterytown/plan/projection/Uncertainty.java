package org.batterytown.plan.projection;

import java.util.EnumMap;
import java.util.Map;

import org.batterytown.project.StageGroup;

/**
 * What a Monte Carlo run draws: per stage group a delay of the milestones not yet reached (months) and
 * the odds of cancellation; the ramp-up from trial production to nameplate (months) where a project
 * has no planned nameplate date; and how far prices and utilization move within their bands (0: not
 * at all, 1: across the band), together for all projects in a scenario.
 */
public record Uncertainty(Map<StageGroup, Slip> slips, Triangle rampMonths, double marketSpread) {

	public Uncertainty {
		if (rampMonths.min() < 1) {
			throw new IllegalArgumentException("A ramp-up takes at least a month");
		}
		if (!(marketSpread >= 0 && marketSpread <= 2)) {
			throw new IllegalArgumentException("The market spread is between 0 and 2: " + marketSpread);
		}
		slips = Map.copyOf(slips);
	}

	/** No uncertainty at all: every scenario is the deterministic projection. */
	public static Uncertainty none(double rampMonths) {
		Map<StageGroup, Slip> slips = new EnumMap<>(StageGroup.class);
		for (StageGroup g : StageGroup.values()) {
			slips.put(g, new Slip(Triangle.fixed(0), 0));
		}
		return new Uncertainty(slips, Triangle.fixed(rampMonths), 0);
	}

	Slip slip(StageGroup group) {
		return slips.getOrDefault(group, new Slip(Triangle.fixed(0), 0));
	}

	/** The delay (months) of a stage group's milestones not yet reached, and its odds of cancellation. */
	public record Slip(Triangle delayMonths, double cancellation) {

		public Slip {
			if (!(cancellation >= 0 && cancellation <= 1)) {
				throw new IllegalArgumentException("A probability is between 0 and 1: " + cancellation);
			}
		}

	}

}
