package org.batterytown.plan.bench;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import org.batterytown.chain.model.Link;
import org.batterytown.plan.projection.Band;
import org.batterytown.plan.projection.ProjectInput;
import org.batterytown.plan.projection.ProjectInput.Stream;
import org.batterytown.plan.projection.RandomStreams;
import org.batterytown.plan.projection.TargetSpec;
import org.batterytown.plan.projection.Triangle;
import org.batterytown.plan.projection.Uncertainty;

/**
 * The baseline of {@link ProjectionBenchmark}: what {@code Simulation.run} computes, as one plain
 * loop over primitive arrays with the inverse triangular distribution written out, no objects per
 * scenario and percentiles by sorting. It draws the same numbers in the same order.
 */
final class PlainLoop {

	private static final int BLOCK = 250;

	private final int projects;

	private final int months;

	private final int years;

	private final int streams;

	private final int now;

	private final int[] lineStream;

	private final double[] nameplate;

	private final int[] trial;

	private final int[] production;

	private final boolean[] trialActual;

	private final boolean[] productionActual;

	private final double[][] delay;

	private final double[] cancel;

	private final double[] ramp;

	private final double[][][] price;

	private final double[][] utilization;

	private final int[] yearOf;

	private final double[] electricity;

	private final double[] perGwh;

	private final int cells;

	private final int[] enterpriseOf;

	private final List<TargetSpec> targets;

	private final boolean[][] counts;

	private final int[] anode;

	private final double[] matching;

	/** [target][project]: whether the project counts for an enterprise or project target. */
	private final boolean[][] member;

	PlainLoop(ProjectionBenchmark b) {
		projects = b.projects.size();
		months = ProjectionBenchmark.TIMELINE.size();
		now = ProjectionBenchmark.NOW;
		int first = ProjectionBenchmark.TIMELINE.start().getYear();
		years = ProjectionBenchmark.TIMELINE.end().getYear() - first + 1;
		Link[] links = ProjectionBenchmark.LINKS;
		streams = links.length;
		lineStream = new int[projects];
		nameplate = new double[projects];
		trial = new int[projects];
		production = new int[projects];
		trialActual = new boolean[projects];
		productionActual = new boolean[projects];
		delay = new double[projects][];
		cancel = new double[projects];
		enterpriseOf = new int[projects];
		for (int p = 0; p < projects; p++) {
			ProjectInput in = b.projects.get(p);
			ProjectInput.Line line = in.lines().get(0);
			lineStream[p] = Arrays.asList(links).indexOf(line.link());
			nameplate[p] = line.nameplate();
			trial[p] = in.trialMonth();
			production[p] = in.productionMonth();
			trialActual[p] = in.trialActual();
			productionActual[p] = in.productionActual();
			Uncertainty.Slip slip = b.uncertainty.slips().get(in.group());
			Triangle d = slip.delayMonths();
			delay[p] = new double[] { d.min(), d.mode(), d.max() };
			cancel[p] = slip.cancellation();
			enterpriseOf[p] = p;
		}
		Triangle r = b.uncertainty.rampMonths();
		ramp = new double[] { r.min(), r.mode(), r.max() };
		price = new double[streams][years][];
		electricity = new double[streams];
		perGwh = new double[streams];
		for (int s = 0; s < streams; s++) {
			Stream stream = new Stream(links[s], links[s] == Link.GRAPHITIZATION);
			for (int y = 0; y < years; y++) {
				Band band = b.market.price(stream, first + y);
				price[s][y] = new double[] { band.low(), band.base(), band.high() };
			}
			electricity[s] = b.market.electricityPerUnit().getOrDefault(links[s], Double.NaN);
			perGwh[s] = stream.toll() || links[s] == Link.CELLS ? Double.NaN
					: b.market.perGwh().getOrDefault(links[s], Double.NaN);
		}
		cells = Arrays.asList(links).indexOf(Link.CELLS);
		utilization = new double[years][];
		for (int y = 0; y < years; y++) {
			Band band = b.market.utilization(first + y);
			utilization[y] = new double[] { band.low(), band.base(), band.high() };
		}
		yearOf = new int[months];
		for (int t = 0; t < months; t++) {
			yearOf[t] = ProjectionBenchmark.TIMELINE.month(t).getYear() - first;
		}
		targets = b.targets;
		counts = new boolean[targets.size()][streams];
		anode = new int[] { Arrays.asList(links).indexOf(Link.ANODE) };
		matching = new double[targets.size()];
		member = new boolean[targets.size()][projects];
		for (int k = 0; k < targets.size(); k++) {
			TargetSpec target = targets.get(k);
			for (int s = 0; s < streams; s++) {
				counts[k][s] = links[s] == target.link();
			}
			for (int p = 0; p < projects; p++) {
				ProjectInput in = b.projects.get(p);
				member[k][p] = target.kind() == TargetSpec.Kind.PROJECT ? target.members().contains(in.projectId())
						: (target.link() == null || counts[k][lineStream[p]])
								&& (target.members() == null || target.members().contains(in.enterpriseId()));
			}
			if (targets.get(k).kind() == TargetSpec.Kind.MATCHING) {
				matching[k] = b.market.perGwh().get(Link.ANODE) / b.market.perGwh().get(targets.get(k).link());
			}
		}
	}

	private static double triangle(double[] t, double u) {
		double a = t[0];
		double c = t[1];
		double b = t[2];
		if (a == b) {
			return c;
		}
		return u < (c - a) / (b - a) ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
	}

	double[][] run(int n, RandomStreams random) {
		int series = streams + 2;
		float[] kept = new float[series * months * n];
		double[][] measured = new double[targets.size()][n];
		double[][] annual = new double[years][n];
		int inputs = 2 + 3 * projects;
		double[][] sums = IntStream.range(0, (n + BLOCK - 1) / BLOCK).parallel()
			.mapToObj(b -> block(b * BLOCK, Math.min(n, (b + 1) * BLOCK), n, random, kept, annual, measured, inputs))
			.toList()
			.stream()
			.reduce((x, y) -> {
				for (int i = 0; i < x.length; i++) {
					for (int j = 0; j < x[i].length; j++) {
						x[i][j] += y[i][j];
					}
				}
				return x;
			})
			.orElseThrow();
		double[][] fans = new double[series * months][3];
		IntStream.range(0, series * months).parallel().forEach(j -> {
			float[] values = Arrays.copyOfRange(kept, j * n, (j + 1) * n);
			Arrays.sort(values);
			fans[j][0] = values[(int) (0.1 * (n - 1))];
			fans[j][1] = values[(int) (0.5 * (n - 1))];
			fans[j][2] = values[(int) (0.9 * (n - 1))];
		});
		for (double[] m : measured) {
			Arrays.sort(m.clone());
		}
		for (double[] y : annual) {
			Arrays.sort(y.clone());
		}
		return new double[][] { fans[0], sums[0] };
	}

	/** One block of scenarios; returns its sensitivity sums: x, x², y per target, x·y per target. */
	private double[][] block(int from, int to, int n, RandomStreams random, float[] kept, double[][] annual,
			double[][] measured, int inputs) {
		double[][] capacity = new double[streams][months + 1];
		double[][] output = new double[streams][months + 1];
		double[][] plateau = new double[streams][months + 1];
		double[] value = new double[months];
		double[] power = new double[months];
		double[] util = new double[years];
		double[][] prices = new double[streams][years];
		boolean[] cancelled = new boolean[projects];
		int[] delays = new int[projects];
		int[] ramps = new int[projects];
		int[] started = new int[projects];
		int[] seen = new int[projects];
		double[] x = new double[inputs];
		int k0 = targets.size();
		double[][] sums = new double[3 + k0][];
		sums[0] = new double[inputs];
		sums[1] = new double[inputs];
		sums[2] = new double[k0];
		for (int k = 0; k < k0; k++) {
			sums[3 + k] = new double[inputs];
		}
		int visit = 0;
		for (int i = from; i < to; i++) {
			RandomGenerator r = random.scenario(i);
			double uPrice = r.nextDouble();
			double uUtil = r.nextDouble();
			for (int p = 0; p < projects; p++) {
				double uc = r.nextDouble();
				double ud = r.nextDouble();
				double ur = r.nextDouble();
				cancelled[p] = uc < cancel[p];
				delays[p] = productionActual[p] && trialActual[p] ? 0 : (int) Math.round(triangle(delay[p], ud));
				ramps[p] = Math.max(1, (int) Math.round(triangle(ramp, ur)));
			}
			for (int y = 0; y < years; y++) {
				util[y] = triangle(utilization[y], uUtil);
				for (int s = 0; s < streams; s++) {
					prices[s][y] = triangle(price[s][y], uPrice);
				}
			}
			for (int s = 0; s < streams; s++) {
				Arrays.fill(capacity[s], 0);
				Arrays.fill(output[s], 0);
				Arrays.fill(plateau[s], 0);
			}
			for (int p = 0; p < projects; p++) {
				if (cancelled[p]) {
					started[p] = Integer.MAX_VALUE;
					continue;
				}
				int start = productionActual[p] ? production[p] : Math.max(production[p] + delays[p], now);
				int tr = Math.min(start, trialActual[p] ? trial[p] : Math.max(trial[p] + delays[p], now));
				started[p] = start;
				int s = lineStream[p];
				if (start < months) {
					capacity[s][Math.max(start, 0)] += nameplate[p];
				}
				double step = nameplate[p] / ramps[p];
				int end = Math.min(tr + ramps[p], months);
				for (int t = Math.max(tr, 0); t < end; t++) {
					output[s][t] += step * (t - tr + 1);
				}
				if (tr + ramps[p] < months) {
					plateau[s][Math.max(tr + ramps[p], 0)] += nameplate[p];
				}
			}
			for (int s = 0; s < streams; s++) {
				double steps = 0;
				double full = 0;
				for (int t = 0; t < months; t++) {
					steps += capacity[s][t];
					capacity[s][t] = steps;
					full += plateau[s][t];
					output[s][t] = (output[s][t] + full) * util[yearOf[t]] / 12;
				}
			}
			for (int t = 0; t < months; t++) {
				double c = cells < 0 ? 0 : output[cells][t];
				double v = 0;
				double e = 0;
				for (int s = 0; s < streams; s++) {
					double out = output[s][t];
					if (out == 0) {
						continue;
					}
					double keep = c > 0 && perGwh[s] > 0 ? 1 - Math.min(1, c * perGwh[s] / out) : 1;
					v += out * prices[s][yearOf[t]] * keep;
					if (electricity[s] == electricity[s]) {
						e += out * electricity[s];
					}
				}
				value[t] = v;
				power[t] = e;
				annual[yearOf[t]][i] += v;
			}
			for (int s = 0; s < streams; s++) {
				int base = s * months * n + i;
				for (int t = 0; t < months; t++) {
					kept[base + t * n] = (float) capacity[s][t];
				}
			}
			int base = streams * months * n + i;
			for (int t = 0; t < months; t++) {
				kept[base + t * n] = (float) value[t];
				kept[base + (months + t) * n] = (float) power[t];
			}
			x[0] = uPrice;
			x[1] = uUtil;
			for (int p = 0; p < projects; p++) {
				x[2 + 3 * p] = delays[p];
				x[3 + 3 * p] = cancelled[p] ? 1 : 0;
				x[4 + 3 * p] = ramps[p];
			}
			for (int v = 0; v < inputs; v++) {
				sums[0][v] += x[v];
				sums[1][v] += x[v] * x[v];
			}
			for (int k = 0; k < k0; k++) {
				TargetSpec target = targets.get(k);
				int m = target.month();
				double measure = 0;
				switch (target.kind()) {
					case CAPACITY -> {
						for (int s = 0; s < streams; s++) {
							measure += counts[k][s] ? capacity[s][m] : 0;
						}
					}
					case OUTPUT_VALUE -> {
						int jan = m - (m % 12);
						for (int t = jan; t <= Math.min(jan + 11, months - 1); t++) {
							measure += value[t];
						}
					}
					case ENTERPRISES -> {
						visit++;
						for (int p = 0; p < projects; p++) {
							if (member[k][p] && started[p] <= m && seen[enterpriseOf[p]] != visit) {
								seen[enterpriseOf[p]] = visit;
								measure++;
							}
						}
					}
					case MATCHING -> {
						double link = 0;
						for (int s = 0; s < streams; s++) {
							link += counts[k][s] ? capacity[s][m] : 0;
						}
						double a = capacity[anode[0]][m];
						measure = a == 0 ? (link == 0 ? 0 : Double.POSITIVE_INFINITY) : link * matching[k] / a;
					}
					case PROJECT -> {
						for (int p = 0; p < projects; p++) {
							if (member[k][p] && started[p] <= m) {
								measure++;
							}
						}
					}
				}
				measured[k][i] = measure;
				if (measure >= target.threshold()) {
					sums[2][k]++;
					for (int v = 0; v < inputs; v++) {
						sums[3 + k][v] += x[v];
					}
				}
			}
		}
		return sums;
	}

}
