package org.batterytown.plan.projection;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Where a run's random numbers come from: one stream per scenario, so that a scenario draws the same
 * numbers whichever thread computes it and however many scenarios run beside it.
 */
@FunctionalInterface
public interface RandomStreams {

	RandomGenerator scenario(int index);

	/** Independent streams from one seed: the same seed gives the same run. */
	static RandomStreams seeded(long seed) {
		RandomGeneratorFactory<RandomGenerator> factory = RandomGeneratorFactory.of("L64X128MixRandom");
		// the generator mixes its seed, so seeds one apart give unrelated streams
		return index -> factory.create(seed * 0x9E3779B97F4A7C15L + index);
	}

}
