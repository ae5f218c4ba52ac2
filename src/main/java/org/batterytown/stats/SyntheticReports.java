package org.batterytown.stats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import org.batterytown.project.Product;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synthetic monthly reports at scale, for benchmarks: for given enterprises, accepted reports over a
 * run of months, every row flagged {@code synthetic} so that it can never pass for real data. A seeded
 * generator makes the same seed give the same rows. Some enterprises start late and some stop, so that
 * same-set and full-set growth differ as they do in a real park.
 */
@Service
public class SyntheticReports {

	private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

	private static final Product[] PRODUCTS = { Product.GRAPHITIZATION_TOLL, Product.ANODE_FINISHED };

	private final DataSource dataSource;

	private final Clock clock;

	private final ParkMonths parkMonths;

	SyntheticReports(DataSource dataSource, Clock clock, ParkMonths parkMonths) {
		this.dataSource = dataSource;
		this.clock = clock;
		this.parkMonths = parkMonths;
	}

	/** Writes the reports with COPY in one transaction and returns how many. Admins only. */
	@Transactional
	public long generate(Actor actor, UUID parkId, List<UUID> enterprises, YearMonth first, int months, long seed) {
		if (!actor.isAdmin()) {
			throw new NotAllowed("generate synthetic data");
		}
		SplittableRandom random = new SplittableRandom(seed);
		try {
			Path reports = Files.createTempFile("bt-synthetic-reports", ".copy");
			Path lines = Files.createTempFile("bt-synthetic-lines", ".copy");
			try {
				long count;
				try (BufferedWriter r = Files.newBufferedWriter(reports, StandardCharsets.UTF_8);
						BufferedWriter l = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
					count = write(parkId, enterprises, first, months, random, r, l);
				}
				copy(reports, lines);
				parkMonths.refresh(parkId, first, first.plusMonths(months - 1));
				return count;
			}
			finally {
				Files.deleteIfExists(reports);
				Files.deleteIfExists(lines);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long write(UUID parkId, List<UUID> enterprises, YearMonth first, int months, SplittableRandom random,
			BufferedWriter reports, BufferedWriter lines) throws IOException {
		String at = clock.instant().toString();
		long count = 0;
		for (int e = 0; e < enterprises.size(); e++) {
			Product product = PRODUCTS[e % PRODUCTS.length];
			boolean graphitization = product == Product.GRAPHITIZATION_TOLL;
			double nameplate = 500 + random.nextInt(4_500);
			int start = random.nextInt(10) < 7 ? 0 : random.nextInt(months);
			int end = random.nextInt(10) == 0 ? start + random.nextInt(months - start) + 1 : months;
			double utilization = 0.4 + random.nextDouble() * 0.5;
			double price = graphitization ? 8_000 + random.nextInt(4_000) : 30_000 + random.nextInt(15_000);
			double kwhPerTonne = graphitization ? 10_000 + random.nextInt(3_000) : 1_500 + random.nextInt(1_500);
			int employees = 50 + random.nextInt(450);
			for (int m = start; m < end; m++) {
				utilization = Math.max(0.2, Math.min(1.0, utilization + (random.nextDouble() - 0.5) * 0.1));
				price = price * (1 + (random.nextDouble() - 0.5) * 0.04);
				BigDecimal production = BigDecimal.valueOf(nameplate * utilization).setScale(3, RoundingMode.HALF_UP);
				BigDecimal output = production.multiply(BigDecimal.valueOf(price)).setScale(2, RoundingMode.HALF_UP);
				BigDecimal kwh = production.multiply(BigDecimal.valueOf(kwhPerTonne)).setScale(2, RoundingMode.HALF_UP);
				BigDecimal taxes = output.multiply(new BigDecimal("0.03")).setScale(2, RoundingMode.HALF_UP);
				UUID id = IDS.generate();
				String period = first.plusMonths(m).atDay(1).toString();
				reports.write(id + "\t" + parkId + "\t" + enterprises.get(e) + "\t" + period + "\t1\tACCEPTED\t"
						+ output.toPlainString() + "\t" + kwh.toPlainString() + "\t\\N\t" + employees + "\t"
						+ taxes.toPlainString() + "\tSYNTHETIC\t\\N\ttrue\t" + at + "\tsynthetic\t" + at
						+ "\tsynthetic\t" + at + "\tsynthetic\t0\n");
				lines.write(id + "\t0\t" + parkId + "\t" + product + "\t" + production.toPlainString() + "\t"
						+ production.toPlainString() + "\t" + output.toPlainString() + "\t" + enterprises.get(e) + "\t"
						+ period + "\tt\n");
				count++;
			}
		}
		return count;
	}

	private void copy(Path reports, Path lines) throws IOException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (Reader r = Files.newBufferedReader(reports, StandardCharsets.UTF_8);
				Reader l = Files.newBufferedReader(lines, StandardCharsets.UTF_8)) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("""
					copy stats_report (id, park_id, enterprise_id, period, revision, status, output_value,
					  electricity_kwh, energy_tce, employees, taxes, origin, import_id, synthetic, created_at,
					  created_by, submitted_at, submitted_by, reviewed_at, reviewed_by, version) from stdin""", r);
			copy.copyIn("""
					copy stats_report_line (report_id, position, park_id, product, production, sales, output_value,
					  enterprise_id, period, counted) from stdin""", l);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY of synthetic reports failed", ex);
		}
	}

}
