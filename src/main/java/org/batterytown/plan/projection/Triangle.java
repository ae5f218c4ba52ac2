package org.batterytown.plan.projection;

import org.apache.commons.math3.distribution.ConstantRealDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;

/**
 * A triangular distribution given by its least, most likely and greatest value, the usual way to
 * state an expert's range; all three equal means no uncertainty.
 */
public record Triangle(double min, double mode, double max) {

	public Triangle {
		if (!(min <= mode && mode <= max) || Double.isNaN(min) || Double.isInfinite(max)) {
			throw new IllegalArgumentException("A range needs least ≤ most likely ≤ greatest: " + min + ", " + mode
					+ ", " + max);
		}
	}

	public static Triangle fixed(double value) {
		return new Triangle(value, value, value);
	}

	/** The distribution, to draw from by its inverse: one uniform number per draw keeps runs aligned. */
	RealDistribution distribution() {
		// no generator of its own: draws come from the scenario's stream
		return min == max ? new ConstantRealDistribution(mode) : new TriangularDistribution(null, min, mode, max);
	}

}
