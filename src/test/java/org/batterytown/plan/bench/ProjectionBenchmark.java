package org.batterytown.plan.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import org.batterytown.chain.model.Link;
import org.batterytown.plan.projection.Band;
import org.batterytown.plan.projection.Market;
import org.batterytown.plan.projection.Outcome;
import org.batterytown.plan.projection.ProjectInput;
import org.batterytown.plan.projection.ProjectInput.Stream;
import org.batterytown.plan.projection.RandomStreams;
import org.batterytown.plan.projection.Simulation;
import org.batterytown.plan.projection.TargetSpec;
import org.batterytown.plan.projection.Timeline;
import org.batterytown.plan.projection.Triangle;
import org.batterytown.plan.projection.Uncertainty;
import org.batterytown.project.StageGroup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Monte Carlo projection at the size the plan asks for: 10,000 scenarios × 200 projects (one line
 * each, six links) × 120 months, with five targets. Beside it, the baseline: the same draws and the
 * same arithmetic written as one plain loop over primitive arrays (capacity steps, linear ramps,
 * utilization and price per year, output value and electricity, target measures, the sums for the
 * sensitivity ranking, percentiles by sorting), on the same two threads. Target: ≤ 1 s, and within
 * 2× of the baseline. Run with {@code mvn -Pbench test-compile exec:exec -Dbench=ProjectionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class ProjectionBenchmark {

	static final int SCENARIOS = 10_000;

	static final int PROJECTS = 200;

	static final Timeline TIMELINE = new Timeline(YearMonth.of(2021, 1), YearMonth.of(2030, 12));

	static final int NOW = TIMELINE.index(YearMonth.of(2026, 11));

	static final Link[] LINKS = { Link.ANODE, Link.GRAPHITIZATION, Link.CATHODE_LFP, Link.ELECTROLYTE, Link.SEPARATOR,
			Link.CELLS };

	List<ProjectInput> projects;

	Market market;

	List<TargetSpec> targets;

	Uncertainty uncertainty;

	@Setup
	public void twoHundredProjects() {
		RandomGenerator random = RandomStreams.seeded(1).scenario(0);
		StageGroup[] groups = { StageGroup.PRODUCING, StageGroup.CONSTRUCTION, StageGroup.APPROVALS,
				StageGroup.PIPELINE };
		projects = new ArrayList<>();
		for (int p = 0; p < PROJECTS; p++) {
			Link link = LINKS[p % LINKS.length];
			StageGroup group = groups[p % groups.length];
			int production = group == StageGroup.PRODUCING ? random.nextInt(-24, NOW)
					: NOW + random.nextInt(0, 36);
			int trial = Math.max(production - random.nextInt(0, 6), group == StageGroup.PRODUCING ? -30 : NOW);
			projects.add(new ProjectInput(UUID.randomUUID(), UUID.randomUUID(), "P" + p, group, Math.min(trial, production),
					group == StageGroup.PRODUCING, production, group == StageGroup.PRODUCING, null, false,
					List.of(new ProjectInput.Line(link, link == Link.GRAPHITIZATION,
							link == Link.CELLS ? 5 + random.nextInt(20) : 5_000 + random.nextInt(50_000)))));
		}
		Map<Stream, NavigableMap<Integer, Band>> prices = new HashMap<>();
		for (Link link : LINKS) {
			double base = link == Link.CELLS ? 4e8 : link == Link.SEPARATOR ? 1e6 : 30_000;
			NavigableMap<Integer, Band> years = new TreeMap<>();
			for (int y = 2021; y <= 2030; y += 3) {
				years.put(y, new Band(base * 0.6, base, base * 1.5));
			}
			prices.put(new Stream(link, link == Link.GRAPHITIZATION), years);
		}
		NavigableMap<Integer, Band> utilization = new TreeMap<>(Map.of(2021, new Band(0.5, 0.65, 0.8), 2025,
				new Band(0.55, 0.7, 0.85)));
		market = new Market(prices, utilization, Map.of(Link.ANODE, 13_000.0, Link.GRAPHITIZATION, 13_000.0),
				Map.of(Link.ANODE, 1_100.0, Link.CATHODE_LFP, 2_200.0, Link.ELECTROLYTE, 1_000.0, Link.SEPARATOR, 14.0));
		int end2025 = TIMELINE.index(YearMonth.of(2025, 12));
		int end2028 = TIMELINE.index(YearMonth.of(2028, 12));
		targets = List.of(new TargetSpec("capacity", TargetSpec.Kind.CAPACITY, end2028, 1_000_000, Link.ANODE, false, null),
				new TargetSpec("value", TargetSpec.Kind.OUTPUT_VALUE, end2028, 5e10, null, false, null),
				new TargetSpec("present", TargetSpec.Kind.ENTERPRISES, end2025, 5, Link.ELECTROLYTE, false, null),
				new TargetSpec("matching", TargetSpec.Kind.MATCHING, end2028, 1, Link.CATHODE_LFP, false, null),
				new TargetSpec("project", TargetSpec.Kind.PROJECT, end2028, 1, null, false,
						Set.of(projects.get(7).projectId())));
		Map<StageGroup, Uncertainty.Slip> slips = new EnumMap<>(StageGroup.class);
		slips.put(StageGroup.PIPELINE, new Uncertainty.Slip(new Triangle(0, 6, 24), 0.3));
		slips.put(StageGroup.APPROVALS, new Uncertainty.Slip(new Triangle(0, 4, 18), 0.15));
		slips.put(StageGroup.CONSTRUCTION, new Uncertainty.Slip(new Triangle(0, 3, 12), 0.05));
		slips.put(StageGroup.PRODUCING, new Uncertainty.Slip(Triangle.fixed(0), 0));
		uncertainty = new Uncertainty(slips, new Triangle(6, 12, 18), 1);
	}

	@Benchmark
	public Outcome simulation() {
		return new Simulation(TIMELINE, NOW, projects, market, targets, uncertainty).run(SCENARIOS,
				RandomStreams.seeded(42));
	}

	@Benchmark
	public double[][] baseline() {
		return new PlainLoop(this).run(SCENARIOS, RandomStreams.seeded(42));
	}

}
