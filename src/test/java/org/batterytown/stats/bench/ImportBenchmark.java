package org.batterytown.stats.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.batterytown.shared.Actor;
import org.batterytown.stats.ImportResult;
import org.batterytown.stats.ReportImports;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A staff import of 1,000,000 monthly rows (2,500 enterprises × 400 months, one product each) from
 * the .csv template: streamed reading, every review rule, then COPY into the report tables in one
 * transaction. Side by side, PostgreSQL's own COPY of the same rows: into the same report tables
 * (with their indexes and constraints, what any loader pays; the rows the import wrote, exported once
 * in setup), and of the raw file into a table of text columns (the floor of getting the bytes in).
 * Targets: import ≤ 60 s and at least a quarter of COPY's speed.
 * Run with {@code mvn -Pbench test-compile exec:exec -Dbench=ImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class ImportBenchmark {

	private static final int ENTERPRISES = 2_500;

	private static final int MONTHS = 400;

	private BenchPark bench;

	private Path file;

	private ReportImports imports;

	private JdbcClient jdbc;

	private static final String[] TABLES = { "stats_report", "stats_report_line", "stats_report_explanation" };

	private final Path[] tableFiles = new Path[TABLES.length];

	@Setup
	public void millionRows() throws IOException, InterruptedException {
		bench = new BenchPark(ENTERPRISES);
		imports = bench.bean(ReportImports.class);
		jdbc = bench.bean(JdbcClient.class);
		jdbc.sql("create table bench_copy (credit_code text, enterprise text, period text, product text, "
				+ "production text, sales text, output_value text, electricity text, energy text, employees text, "
				+ "taxes text, explanation text)").update();
		file = Files.createTempFile("bt-bench-import", ".csv");
		YearMonth first = YearMonth.of(1990, 1);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("统一社会信用代码,企业名称,报告期,产品,产量,销量,工业总产值（元）,用电量（千瓦时）,综合能源消费量（吨标准煤）,从业人员（人）,税收（元）,说明\n");
			// a month's rows are adjacent, as the template asks
			for (int m = 0; m < MONTHS; m++) {
				String period = first.plusMonths(m).toString();
				for (int e = 0; e < ENTERPRISES; e++) {
					boolean graphitization = e % 2 == 0;
					int tonnes = 2_000 + (e * 7 + m * 13) % 2_000;
					long yuan = tonnes * (graphitization ? 9_000L : 38_000L);
					long kwh = tonnes * (graphitization ? 11_000L : 2_000L);
					out.write("," + bench.names.get(e) + "," + period + "," + (graphitization ? "石墨化代工" : "负极材料成品")
							+ "," + tonnes + "," + tonnes + "," + yuan + "," + kwh + ",,120," + yuan / 30
							+ ",合成基准数据，价格按长期合同\n");
				}
			}
		}
		System.out.printf("import file: %,d rows, %,d bytes%n", (long) ENTERPRISES * MONTHS, Files.size(file));
		// the same rows as the report tables hold them, for COPY side by side
		importRows();
		DataSource dataSource = bench.bean(DataSource.class);
		try (Connection connection = dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (int i = 0; i < TABLES.length; i++) {
				tableFiles[i] = Files.createTempFile("bt-bench-" + TABLES[i], ".copy");
				try (var out = Files.newOutputStream(tableFiles[i])) {
					copy.copyOut("copy (select * from " + TABLES[i] + " where park_id = '" + bench.park + "') to stdout", out);
				}
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		empty();
	}

	@Benchmark
	public long copyIntoReportTables() throws Exception {
		DataSource dataSource = bench.bean(DataSource.class);
		long rows = 0;
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (int i = 0; i < TABLES.length; i++) {
				try (Reader in = Files.newBufferedReader(tableFiles[i])) {
					rows += copy.copyIn("copy " + TABLES[i] + " from stdin", in);
				}
			}
			connection.commit();
		}
		return rows;
	}

	@Benchmark
	public ImportResult importRows() throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			ImportResult result = imports.importFile(Actor.system(), bench.park, "bench.csv", Files.size(file), in);
			if (!result.succeeded() || result.reports() != (long) ENTERPRISES * MONTHS) {
				throw new IllegalStateException("the benchmark import was refused: " + result.errors().stream()
					.limit(5).toList());
			}
			return result;
		}
	}

	@Benchmark
	public long copyRawFile() throws Exception {
		DataSource dataSource = bench.bean(DataSource.class);
		try (Connection connection = dataSource.getConnection(); Reader in = Files.newBufferedReader(file)) {
			return connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("copy bench_copy from stdin (format csv, header true)", in);
		}
	}

	/**
	 * The year-to-date running totals are rebuilt after an import commits, off the import's clock:
	 * waits for that and prints how long after the import it finished.
	 */
	private void runningTotals() throws InterruptedException {
		long start = System.nanoTime();
		while (jdbc.sql("select count(*) from stats_ytd_stale where park_id = ?").param(bench.park).query(Long.class)
			.single() > 0) {
			Thread.sleep(100);
		}
		System.out.printf("running totals rebuilt %.1f s after the import returned%n", (System.nanoTime() - start) / 1e9);
	}

	@TearDown(Level.Iteration)
	public void empty() throws InterruptedException {
		runningTotals();
		jdbc.sql("delete from stats_report where park_id = ?").param(bench.park).update();
		jdbc.sql("delete from stats_park_month where park_id = ?").param(bench.park).update();
		jdbc.sql("delete from stats_park_month_product where park_id = ?").param(bench.park).update();
		jdbc.sql("delete from stats_enterprise_ytd where park_id = ?").param(bench.park).update();
		jdbc.sql("delete from stats_enterprise_product_ytd where park_id = ?").param(bench.park).update();
		jdbc.sql("truncate bench_copy").update();
		jdbc.sql("vacuum analyze stats_report").update();
		jdbc.sql("vacuum stats_enterprise_ytd, stats_enterprise_product_ytd").update();
	}

	@TearDown
	public void stop() throws IOException {
		bench.close();
		Files.deleteIfExists(file);
		for (Path p : tableFiles) {
			if (p != null) {
				Files.deleteIfExists(p);
			}
		}
	}

}
