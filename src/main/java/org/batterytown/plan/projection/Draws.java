package org.batterytown.plan.projection;

import java.util.random.RandomGenerator;

/**
 * What one scenario drew: each project's cancellation, delay (months) and ramp-up (months), and the
 * market's prices and utilization by year. A scenario draws two numbers for the market and three per
 * project whatever they turn out to be, so that scenarios stay aligned across runs that differ only
 * in one project.
 */
final class Draws {

	final boolean[] cancelled;

	final int[] delay;

	final int[] ramp;

	double priceQuantile;

	double utilizationQuantile;

	/** [stream][year], NaN where unpriced. */
	final double[][] price;

	final double[] utilization;

	Draws(Layout layout) {
		int projects = layout.projects.size();
		cancelled = new boolean[projects];
		delay = new int[projects];
		ramp = new int[projects];
		price = new double[layout.streams()][layout.years()];
		utilization = new double[layout.years()];
	}

	/** The deterministic projection: planned dates, the most likely ramp-up, base prices and utilization. */
	void base(Layout layout) {
		for (int p = 0; p < cancelled.length; p++) {
			ProjectInput project = layout.projects.get(p);
			cancelled[p] = project.cancelled();
			delay[p] = 0;
			ramp[p] = project.rampMonths() != null ? project.rampMonths() : Math.max(1, (int) Math.round(layout.rampMode));
		}
		priceQuantile = 0.5;
		utilizationQuantile = 0.5;
		market(layout, 0);
	}

	void draw(Layout layout, RandomGenerator random) {
		priceQuantile = random.nextDouble();
		utilizationQuantile = random.nextDouble();
		for (int p = 0; p < cancelled.length; p++) {
			ProjectInput project = layout.projects.get(p);
			double cancel = random.nextDouble();
			double slip = random.nextDouble();
			double rampUp = random.nextDouble();
			cancelled[p] = project.cancelled() || cancel < layout.cancellation[p];
			delay[p] = project.movable() ? (int) Math.round(layout.delay[p].inverseCumulativeProbability(slip)) : 0;
			ramp[p] = project.rampMonths() != null ? project.rampMonths()
					: Math.max(1, (int) Math.round(layout.ramp.inverseCumulativeProbability(rampUp)));
		}
		market(layout, layout.marketSpread);
	}

	private void market(Layout layout, double spread) {
		for (int y = 0; y < utilization.length; y++) {
			utilization[y] = layout.utilization[y].at(layout.utilizationDistribution[y], utilizationQuantile, spread);
			for (int s = 0; s < price.length; s++) {
				Band band = layout.price[s][y];
				price[s][y] = band == null ? Double.NaN
						: band.at(layout.priceDistribution[s][y], priceQuantile, spread);
			}
		}
	}

}
