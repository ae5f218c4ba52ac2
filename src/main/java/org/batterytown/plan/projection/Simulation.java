package org.batterytown.plan.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.batterytown.plan.projection.ProjectInput.Stream;

/**
 * Projects a park's registry over a timeline: once deterministically, and over many scenarios drawn
 * from the uncertainty. Scenarios run in blocks on the common pool; each scenario draws from its own
 * stream and blocks are combined in order, so a run depends only on its inputs and its seed.
 */
public final class Simulation {

	/** The most scenarios a run may have: a run keeps every scenario's months to take percentiles. */
	public static final int MAX_SCENARIOS = 50_000;

	private static final int BLOCK = 250;

	private static final int INFLUENCES = 10;

	private final Layout layout;

	private final List<TargetSpec> targets;

	private final Market market;

	/**
	 * @param now the current month on the timeline: a milestone not yet reached happens no earlier
	 * @throws IllegalArgumentException if a target falls outside the timeline or cannot be measured
	 */
	public Simulation(Timeline timeline, int now, List<ProjectInput> projects, Market market,
			List<TargetSpec> targets, Uncertainty uncertainty) {
		this.layout = new Layout(timeline, now, projects, market, uncertainty);
		this.targets = List.copyOf(targets);
		this.market = market;
		new Measures(layout, targets, market);
	}

	public Path deterministic() {
		Draws draws = new Draws(layout);
		draws.base(layout);
		Scenario scenario = new Scenario(layout);
		scenario.compute(draws);
		Measures measures = new Measures(layout, targets, market);
		double[] values = new double[measures.size()];
		for (int k = 0; k < values.length; k++) {
			values[k] = measures.measure(scenario, k);
		}
		int months = layout.months;
		double[][] capacity = new double[layout.streams()][];
		double[][] production = new double[layout.streams()][];
		List<Stream> unpriced = new ArrayList<>();
		List<Stream> withoutElectricity = new ArrayList<>();
		for (int s = 0; s < layout.streams(); s++) {
			capacity[s] = java.util.Arrays.copyOf(scenario.capacity[s], months);
			production[s] = java.util.Arrays.copyOf(scenario.production[s], months);
			if (Double.isNaN(draws.price[s][0])) {
				unpriced.add(layout.streams.get(s));
			}
			if (Double.isNaN(layout.electricity[s])) {
				withoutElectricity.add(layout.streams.get(s));
			}
		}
		return new Path(layout.timeline, layout.streams, capacity, production, scenario.outputValue.clone(),
				scenario.electricity.clone(), values, unpriced, withoutElectricity);
	}

	/**
	 * Runs {@code scenarios} scenarios.
	 *
	 * @throws IllegalArgumentException if {@code scenarios} is not between 1 and {@link #MAX_SCENARIOS}
	 */
	public Outcome run(int scenarios, RandomStreams streams) {
		if (scenarios < 1 || scenarios > MAX_SCENARIOS) {
			throw new IllegalArgumentException("Scenarios: 1 to " + MAX_SCENARIOS + ", not " + scenarios);
		}
		int series = layout.streams() + 2;
		int months = layout.months;
		float[] kept = new float[series * months * scenarios];
		double[][] annual = new double[layout.years()][scenarios];
		double[][] measured = new double[targets.size()][scenarios];
		boolean[][] met = new boolean[targets.size()][scenarios];
		int blocks = (scenarios + BLOCK - 1) / BLOCK;
		List<Sensitivity> sums = IntStream.range(0, blocks)
			.parallel()
			.mapToObj(b -> block(b * BLOCK, Math.min(scenarios, (b + 1) * BLOCK), scenarios, streams, kept, annual,
					measured, met))
			.toList();
		Sensitivity sensitivity = new Sensitivity(layout.projects.size(), targets.size());
		sums.forEach(sensitivity::add);
		List<TargetOdds> odds = new ArrayList<>();
		Percentile percentile = new Percentile();
		for (int k = 0; k < targets.size(); k++) {
			int hits = 0;
			for (boolean m : met[k]) {
				hits += m ? 1 : 0;
			}
			percentile.setData(measured[k]);
			odds.add(new TargetOdds(targets.get(k).key(), (double) hits / scenarios, percentile.evaluate(10),
					percentile.evaluate(50), percentile.evaluate(90), sensitivity.ranking(k, layout, INFLUENCES)));
		}
		List<Fan> fans = new ArrayList<>(fans(kept, series, scenarios));
		fans.add(annualFan(annual));
		return new Outcome(scenarios, fans, odds, measured);
	}

	private Sensitivity block(int from, int to, int scenarios, RandomStreams streams, float[] kept,
			double[][] annual, double[][] measured, boolean[][] met) {
		Draws draws = new Draws(layout);
		Scenario scenario = new Scenario(layout);
		Measures measures = new Measures(layout, targets, market);
		Sensitivity sums = new Sensitivity(layout.projects.size(), targets.size());
		boolean[] hit = new boolean[targets.size()];
		int months = layout.months;
		for (int i = from; i < to; i++) {
			draws.draw(layout, streams.scenario(i));
			scenario.compute(draws);
			for (int s = 0; s < layout.streams(); s++) {
				keep(kept, s, months, scenarios, i, scenario.capacity[s]);
			}
			keep(kept, layout.streams(), months, scenarios, i, scenario.outputValue);
			keep(kept, layout.streams() + 1, months, scenarios, i, scenario.electricity);
			for (int t = 0; t < months; t++) {
				annual[layout.yearOf[t]][i] += scenario.outputValue[t];
			}
			for (int k = 0; k < hit.length; k++) {
				double value = measures.measure(scenario, k);
				measured[k][i] = value;
				hit[k] = value >= targets.get(k).threshold();
				met[k][i] = hit[k];
			}
			sums.add(draws, hit);
		}
		return sums;
	}

	/** Series {@code f}, month {@code t}, scenario {@code i} sits at {@code (f × months + t) × scenarios + i}. */
	private static void keep(float[] kept, int f, int months, int scenarios, int i, double[] values) {
		int base = f * months * scenarios + i;
		for (int t = 0; t < months; t++) {
			kept[base + t * scenarios] = (float) values[t];
		}
	}

	private List<Fan> fans(float[] kept, int series, int scenarios) {
		int months = layout.months;
		double[][][] bands = new double[series][3][months];
		IntStream.range(0, series * months).parallel().forEach(j -> {
			double[] values = new double[scenarios];
			int base = j * scenarios;
			for (int i = 0; i < scenarios; i++) {
				values[i] = kept[base + i];
			}
			Percentile percentile = new Percentile();
			percentile.setData(values);
			int f = j / months;
			int t = j % months;
			bands[f][0][t] = percentile.evaluate(10);
			bands[f][1][t] = percentile.evaluate(50);
			bands[f][2][t] = percentile.evaluate(90);
		});
		List<Fan> fans = new ArrayList<>();
		for (int f = 0; f < series; f++) {
			fans.add(new Fan(name(f), bands[f][0], bands[f][1], bands[f][2]));
		}
		return fans;
	}

	/** The output value of each calendar year of the timeline (the months it covers). */
	private Fan annualFan(double[][] annual) {
		int years = annual.length;
		double[][] bands = new double[3][years];
		Percentile percentile = new Percentile();
		for (int y = 0; y < years; y++) {
			percentile.setData(annual[y]);
			bands[0][y] = percentile.evaluate(10);
			bands[1][y] = percentile.evaluate(50);
			bands[2][y] = percentile.evaluate(90);
		}
		return new Fan("annualOutputValue", bands[0], bands[1], bands[2]);
	}

	private String name(int f) {
		if (f == layout.streams()) {
			return "outputValue";
		}
		if (f == layout.streams() + 1) {
			return "electricity";
		}
		Stream stream = layout.streams.get(f);
		return "capacity:" + stream.link() + (stream.toll() ? ":toll" : "");
	}

}
