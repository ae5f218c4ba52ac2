package org.batterytown.plan.projection;

import java.util.Arrays;

/**
 * One scenario's months, computed into arrays a thread reuses: capacity in production and production
 * per stream, output value and electricity of the park. A line's capacity counts from its project's
 * production month; its output ramps up linearly from trial production to nameplate over the ramp-up
 * months and runs at the year's utilization.
 */
final class Scenario {

	private final Layout layout;

	/** [stream][month]: capacity in production, per year. */
	final double[][] capacity;

	/** [stream][month]: output in the month. */
	final double[][] production;

	final double[] outputValue;

	final double[] electricity;

	/** Each project's production month in this scenario. */
	final int[] productionMonth;

	private final double[][] plateau;

	Scenario(Layout layout) {
		this.layout = layout;
		int streams = layout.streams();
		capacity = new double[streams][layout.months + 1];
		production = new double[streams][layout.months + 1];
		plateau = new double[streams][layout.months + 1];
		outputValue = new double[layout.months];
		electricity = new double[layout.months];
		productionMonth = new int[layout.projects.size()];
	}

	void compute(Draws draws) {
		for (int s = 0; s < layout.streams(); s++) {
			Arrays.fill(capacity[s], 0);
			Arrays.fill(production[s], 0);
			Arrays.fill(plateau[s], 0);
		}
		for (int p = 0; p < productionMonth.length; p++) {
			if (draws.cancelled[p]) {
				productionMonth[p] = Integer.MAX_VALUE;
				continue;
			}
			addProject(p, draws);
		}
		Arrays.fill(outputValue, 0);
		Arrays.fill(electricity, 0);
		for (int s = 0; s < layout.streams(); s++) {
			double steps = 0;
			double full = 0;
			double[] cap = capacity[s];
			double[] out = production[s];
			for (int t = 0; t < layout.months; t++) {
				steps += cap[t];
				cap[t] = steps;
				full += plateau[s][t];
				out[t] = (out[t] + full) * draws.utilization[layout.yearOf[t]] / 12;
			}
		}
		value(draws);
	}

	/** Adds a project's lines: a step of capacity at production, a ramp of output from trial production. */
	private void addProject(int p, Draws draws) {
		ProjectInput project = layout.projects.get(p);
		int start = project.productionActual() ? project.productionMonth()
				: Math.max(project.productionMonth() + draws.delay[p], layout.now);
		int trial = Math.min(start, project.trialActual() ? project.trialMonth()
				: Math.max(project.trialMonth() + draws.delay[p], layout.now));
		productionMonth[p] = start;
		int ramp = draws.ramp[p];
		int months = layout.months;
		for (int i = layout.firstLine[p]; i < layout.firstLine[p + 1]; i++) {
			int s = layout.lineStream[i];
			double nameplate = layout.lineNameplate[i];
			if (start < months) {
				capacity[s][Math.max(start, 0)] += nameplate;
			}
			int end = Math.min(trial + ramp, months);
			double step = nameplate / ramp;
			double[] out = production[s];
			for (int t = Math.max(trial, 0); t < end; t++) {
				out[t] += step * (t - trial + 1);
			}
			if (trial + ramp < months) {
				plateau[s][Math.max(trial + ramp, 0)] += nameplate;
			}
		}
	}

	/**
	 * Output value at the scenario's prices, leaving out what the park's own cells contain of a
	 * material (counted inside the cells), and electricity where the link's use per unit is known.
	 */
	private void value(Draws draws) {
		for (int t = 0; t < layout.months; t++) {
			double cells = layout.cells < 0 ? 0 : production[layout.cells][t];
			int year = layout.yearOf[t];
			double value = 0;
			double power = 0;
			for (int s = 0; s < layout.streams(); s++) {
				double out = production[s][t];
				if (out == 0) {
					continue;
				}
				double kept = cells > 0 && layout.perGwh[s] > 0 ? 1 - Math.min(1, cells * layout.perGwh[s] / out) : 1;
				double price = draws.price[s][year];
				if (price == price) {
					value += out * price * kept;
				}
				double kwh = layout.electricity[s];
				if (kwh == kwh) {
					power += out * kwh;
				}
			}
			outputValue[t] = value;
			electricity[t] = power;
		}
	}

}
