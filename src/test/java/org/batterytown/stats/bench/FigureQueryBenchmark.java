package org.batterytown.stats.bench;

import java.time.YearMonth;
import java.util.concurrent.TimeUnit;

import org.batterytown.shared.Actor;
import org.batterytown.stats.FiguresView;
import org.batterytown.stats.StatsFigures;
import org.batterytown.stats.SyntheticReports;
import org.batterytown.stats.figures.PeriodKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The park page's figure queries (what {@code /stats} and {@code /api/v1/stats/figures} run) over
 * 10 years × 2,000 enterprises of synthetic accepted reports (about 200,000 reports): a month and a
 * year to date, each with year on year, period on period, products, links, enterprises and the
 * 12-month trend. Sampled, so JMH prints p95. Cold computes everything (the data version moves before
 * each call); warm reuses what was computed for unchanged data, as repeated page views do. Target:
 * p95 ≤ 50 ms.
 * Run with {@code mvn -Pbench test-compile exec:exec -Dbench=FigureQueryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class FigureQueryBenchmark {

	@Param({ "MONTH", "YEAR_TO_DATE" })
	public PeriodKind kind;

	/** cold: the park's data version moves before every call, so nothing computed before is reused. */
	@Param({ "cold", "warm" })
	public String cache;

	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private BenchPark bench;

	private StatsFigures figures;

	private final YearMonth last = YearMonth.of(2024, 12);

	@Setup
	public void tenYearsOfTwoThousandEnterprises() {
		bench = new BenchPark(2_000);
		long reports = bench.bean(SyntheticReports.class)
			.generate(Actor.system(), bench.park, bench.enterprises, YearMonth.of(2015, 1), 120, 20_231_214L);
		// as autovacuum would after a bulk load: statistics, and the visibility map for index-only scans
		bench.bean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("vacuum analyze").update();
		System.out.println("synthetic reports: " + reports);
		figures = bench.bean(StatsFigures.class);
		jdbc = bench.bean(org.springframework.jdbc.core.simple.JdbcClient.class);
	}

	@Setup(Level.Invocation)
	public void newDataVersion() {
		if ("cold".equals(cache)) {
			jdbc.sql("update stats_park_version set version = version + 1 where park_id = ?").param(bench.park).update();
		}
	}

	@Benchmark
	public FiguresView parkFigures() {
		return figures.of(Actor.system(), bench.park, null, kind, last, null);
	}

	@TearDown
	public void stop() {
		bench.close();
	}

}
