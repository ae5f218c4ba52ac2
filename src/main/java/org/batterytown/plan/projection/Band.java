package org.batterytown.plan.projection;

import org.apache.commons.math3.distribution.RealDistribution;

/**
 * A low / base / high band (a price, a utilization), drawn as a triangle around its base and widened
 * or narrowed by a spread: 0 keeps the base, 1 the band as given.
 */
public record Band(double low, double base, double high) {

	public Band {
		if (!(low <= base && base <= high)) {
			throw new IllegalArgumentException("A band needs low ≤ base ≤ high: " + low + ", " + base + ", " + high);
		}
	}

	RealDistribution distribution() {
		return new Triangle(low, base, high).distribution();
	}

	/**
	 * The value at quantile {@code u} of the band, moved from the base by {@code spread}.
	 * @param distribution this band's {@link #distribution()}, made once per run
	 */
	double at(RealDistribution distribution, double u, double spread) {
		if (spread == 0 || low == high) {
			return base;
		}
		return base + spread * (distribution.inverseCumulativeProbability(u) - base);
	}

}
