package org.batterytown.chain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A full recomputation of the chain balance for 100 parks of 2,000 projects each (two capacity lines
 * per project, a seeded random registry): summing the counted lines per link and weighing every
 * link. Loading the registry from the database is not part of it. Target: ≤ 10 ms.
 * Run with {@code mvn -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChainBalanceBenchmark {

	private static final Link[] PRODUCED = { Link.ANODE, Link.ANODE, Link.ANODE, Link.CATHODE_LFP, Link.CATHODE_NCM811,
			Link.ELECTROLYTE, Link.SEPARATOR, Link.COPPER_FOIL, Link.ALUMINIUM_FOIL, Link.CELLS, Link.GRAPHITIZATION };

	private List<List<RegistryLine>> parks;

	private BalanceCalculator calculator;

	private final Mix mix = Mix.of(70, 0, 30);

	@Setup
	public void registry() {
		SplittableRandom random = new SplittableRandom(20231214);
		parks = new ArrayList<>();
		for (int park = 0; park < 100; park++) {
			List<RegistryLine> lines = new ArrayList<>();
			for (int project = 0; project < 2_000; project++) {
				boolean producing = random.nextInt(3) > 0;
				for (int line = 0; line < 2; line++) {
					Link link = PRODUCED[random.nextInt(PRODUCED.length)];
					double nameplate = random.nextInt(20) == 0 ? Double.NaN : 1_000 + random.nextInt(50_000);
					lines.add(new RegistryLine(link, nameplate, producing, link == Link.GRAPHITIZATION));
				}
			}
			parks.add(lines);
		}
		calculator = new BalanceCalculator(ResearchCoefficients.all(), Basis.TECHNICAL);
	}

	@Benchmark
	public void hundredParksOfTwoThousandProjects(Blackhole sink) {
		for (List<RegistryLine> park : parks) {
			Map<Link, Capacity> capacity = RegistryLine.capacities(park);
			sink.consume(calculator.balance(capacity, mix, 1.0));
		}
	}

}
