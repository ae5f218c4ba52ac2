package org.batterytown.plan.projection;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * What a Monte Carlo run found: fans of capacity per stream, output value and electricity, and each
 * target's odds. Each target's measure in every scenario is kept, to say what would be needed to
 * meet it with a chosen probability.
 */
public final class Outcome {

	private final int scenarios;

	private final List<Fan> fans;

	private final List<TargetOdds> targets;

	private final double[][] measures;

	Outcome(int scenarios, List<Fan> fans, List<TargetOdds> targets, double[][] measures) {
		this.scenarios = scenarios;
		this.fans = List.copyOf(fans);
		this.targets = List.copyOf(targets);
		this.measures = measures;
	}

	public int scenarios() {
		return scenarios;
	}

	public List<Fan> fans() {
		return fans;
	}

	public List<TargetOdds> targets() {
		return targets;
	}

	/**
	 * The value of target {@code k}'s measure that the scenarios reach or exceed with the given
	 * probability: what the park can count on at that confidence.
	 *
	 * @throws IllegalArgumentException if the probability is not between 0 and 1 (exclusive)
	 */
	public double reachedWith(int k, double probability) {
		if (!(probability > 0 && probability < 1)) {
			throw new IllegalArgumentException("A probability is between 0 and 1: " + probability);
		}
		double[] values = Arrays.copyOf(measures[k], measures[k].length);
		return new Percentile().evaluate(values, 100 * (1 - probability));
	}

}
