package org.batterytown.plan;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What to project: how many scenarios (default 10,000, at most
 * {@link org.batterytown.plan.projection.Simulation#MAX_SCENARIOS}), the seed, the probability the gap
 * to each target is computed for (default 80 %), and a saved scenario of overrides, if any.
 */
public record ProjectionRequest(@Nullable Integer scenarios, @Nullable Long seed, @Nullable Double probability,
		@Nullable UUID scenarioId) {

	public static final int DEFAULT_SCENARIOS = 10_000;

	public static final long DEFAULT_SEED = 20_230_619L;

	public static final double DEFAULT_PROBABILITY = 0.8;

	public static ProjectionRequest defaults() {
		return new ProjectionRequest(null, null, null, null);
	}

	public int scenarioCount() {
		return scenarios == null ? DEFAULT_SCENARIOS : scenarios;
	}

	public long seedValue() {
		return seed == null ? DEFAULT_SEED : seed;
	}

	public double probabilityValue() {
		return probability == null ? DEFAULT_PROBABILITY : probability;
	}

}
