package org.batterytown.plan.projection;

import java.util.List;

import org.batterytown.plan.projection.ProjectInput.Stream;

/**
 * The deterministic projection month by month: per stream its capacity in production (per year) and
 * its output in the month; the park's output value (yuan) and electricity (kWh) per month; each
 * target's measure. Streams without a price are left out of the output value and listed; so are
 * streams whose electricity per unit is unknown.
 */
public record Path(Timeline timeline, List<Stream> streams, double[][] capacity, double[][] production,
		double[] outputValue, double[] electricity, double[] targetMeasures, List<Stream> unpriced,
		List<Stream> withoutElectricity) {

	public Path {
		streams = List.copyOf(streams);
		unpriced = List.copyOf(unpriced);
		withoutElectricity = List.copyOf(withoutElectricity);
	}

	/** A stream's capacity at a month, per year; 0 for a stream the projection does not have. */
	public double capacity(Stream stream, int month) {
		int s = streams.indexOf(stream);
		return s < 0 ? 0 : capacity[s][month];
	}

}
