package org.batterytown.plan.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sums over a block of scenarios from which the correlation of every drawn input with every target's
 * being met is computed. Inputs: the price and utilization quantiles, then per project its delay,
 * whether it was cancelled and its ramp-up. Blocks are added in order, so a run's sums do not depend
 * on which thread computed which block.
 */
final class Sensitivity {

	private final int inputs;

	private final int targets;

	private long n;

	private final double[] sx;

	private final double[] sxx;

	private final double[] sy;

	/** [target][input]. */
	private final double[][] sxy;

	private final double[] x;

	Sensitivity(int projects, int targets) {
		this.inputs = 2 + 3 * projects;
		this.targets = targets;
		sx = new double[inputs];
		sxx = new double[inputs];
		sy = new double[targets];
		sxy = new double[targets][inputs];
		x = new double[inputs];
	}

	void add(Draws draws, boolean[] met) {
		x[0] = draws.priceQuantile;
		x[1] = draws.utilizationQuantile;
		for (int p = 0; p < draws.delay.length; p++) {
			x[2 + 3 * p] = draws.delay[p];
			x[3 + 3 * p] = draws.cancelled[p] ? 1 : 0;
			x[4 + 3 * p] = draws.ramp[p];
		}
		n++;
		for (int i = 0; i < inputs; i++) {
			sx[i] += x[i];
			sxx[i] += x[i] * x[i];
		}
		for (int k = 0; k < targets; k++) {
			if (met[k]) {
				sy[k]++;
				double[] row = sxy[k];
				for (int i = 0; i < inputs; i++) {
					row[i] += x[i];
				}
			}
		}
	}

	void add(Sensitivity block) {
		n += block.n;
		for (int i = 0; i < inputs; i++) {
			sx[i] += block.sx[i];
			sxx[i] += block.sxx[i];
		}
		for (int k = 0; k < targets; k++) {
			sy[k] += block.sy[k];
			for (int i = 0; i < inputs; i++) {
				sxy[k][i] += block.sxy[k][i];
			}
		}
	}

	/** The inputs that move target {@code k} most, strongest first; inputs that never varied are left out. */
	List<Influence> ranking(int k, Layout layout, int limit) {
		List<Influence> found = new ArrayList<>();
		double varY = n * sy[k] - sy[k] * sy[k];
		if (varY <= 0) {
			return found;
		}
		for (int i = 0; i < inputs; i++) {
			double varX = n * sxx[i] - sx[i] * sx[i];
			if (varX <= 1e-9 * n * n) {
				continue;
			}
			double r = (n * sxy[k][i] - sx[i] * sy[k]) / Math.sqrt(varX * varY);
			found.add(influence(i, layout, r));
		}
		found.sort(Comparator.comparingDouble((Influence f) -> -Math.abs(f.correlation())));
		return found.subList(0, Math.min(limit, found.size()));
	}

	private static Influence influence(int input, Layout layout, double r) {
		if (input < 2) {
			return new Influence(input == 0 ? Influence.Factor.PRICE : Influence.Factor.UTILIZATION, null, null, r);
		}
		ProjectInput project = layout.projects.get((input - 2) / 3);
		Influence.Factor factor = switch ((input - 2) % 3) {
			case 0 -> Influence.Factor.DELAY;
			case 1 -> Influence.Factor.CANCELLATION;
			default -> Influence.Factor.RAMP_UP;
		};
		return new Influence(factor, project.projectId(), project.name(), r);
	}

}
