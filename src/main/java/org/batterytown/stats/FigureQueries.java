package org.batterytown.stats;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.batterytown.project.Product;
import org.jspecify.annotations.Nullable;

import jakarta.annotation.PreDestroy;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sums of accepted reports, grouped in PostgreSQL over the partial indexes of what counts, so that a
 * park page reads only the months it shows: per enterprise over each window, per enterprise and
 * product (from the lines, which carry their month), and per month for the trend. An enterprise with an accepted report in a window is in that window's set even
 * where a measure is blank, which then counts as no figure.
 */
@Component
class FigureQueries {

	private static final String REPORTS = "status = 'ACCEPTED'";

	private static final String LINES = "counted";

	private final JdbcClient jdbc;

	private final ExecutorService alongside = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "figure-queries");
		thread.setDaemon(true);
		return thread;
	});

	private final ParkMonths parkMonths;

	FigureQueries(JdbcClient jdbc, ParkMonths parkMonths) {
		this.jdbc = jdbc;
		this.parkMonths = parkMonths;
	}

	/** Per window, per measure: each enterprise's total (absent: not in the window; null: blank). */
	Map<String, Map<Measure, Map<UUID, @Nullable BigDecimal>>> enterpriseSums(Scope scope, List<Window> windows) {
		List<String> columns = java.util.Arrays.stream(Measure.values()).map(Measure::column).toList();
		Map<String, Map<Measure, Map<UUID, @Nullable BigDecimal>>> result = new HashMap<>();
		windows.forEach(w -> {
			Map<Measure, Map<UUID, @Nullable BigDecimal>> byMeasure = new EnumMap<>(Measure.class);
			for (Measure m : Measure.values()) {
				byMeasure.put(m, new HashMap<>(4096));
			}
			result.put(w.name(), byMeasure);
		});
		windowed(scope, "enterprise_id", columns, Source.REPORTS, windows)
			.query(rs -> {
				UUID enterprise = rs.getObject("enterprise_id", UUID.class);
				var byMeasure = result.get(rs.getString("w"));
				for (Measure m : Measure.values()) {
					byMeasure.get(m).put(enterprise, rs.getBigDecimal(m.column()));
				}
			});
		return result;
	}

	/**
	 * The product sums of windows that are summed month by month (a quarter) on a second connection
	 * while the caller reads the enterprise sums: the two do not depend on each other. A single month,
	 * a year to date or a year reads a row per enterprise and product, on the caller's connection.
	 */
	Supplier<Map<String, List<ProductSum>>> productSumsAlongside(Scope scope, List<Window> windows) {
		if (windows.stream().allMatch(w -> w.period().monthCount() == 1 || fromJanuary(w))) {
			return () -> productSums(scope, windows);
		}
		CompletableFuture<Map<String, List<ProductSum>>> future = CompletableFuture
			.supplyAsync(() -> productSums(scope, windows), alongside);
		return () -> {
			try {
				return future.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw ex;
			}
		};
	}

	@PreDestroy
	void stop() {
		alongside.shutdownNow();
	}

	/** Per window: each enterprise's production, sales and output value per product. */
	Map<String, List<ProductSum>> productSums(Scope scope, List<Window> windows) {
		Map<String, List<ProductSum>> result = new HashMap<>();
		windows.forEach(w -> result.put(w.name(), new ArrayList<>()));
		windowed(scope, "enterprise_id, product", List.of("production", "sales", "output_value"), Source.LINES,
				windows)
			.query((RowCallbackHandler) rs -> result.get(rs.getString("w")).add(new ProductSum(
					rs.getObject("enterprise_id", UUID.class), Product.valueOf(rs.getString("product")),
					rs.getBigDecimal("production"), rs.getBigDecimal("sales"), rs.getBigDecimal("output_value"))));
		return result;
	}

	/**
	 * Sums columns per key and window: one branch per window, each a range of the partial index of
	 * what counts (which includes the columns, so PostgreSQL reads the index only); an OR of the
	 * ranges made it read the table instead. A window from January reads the running totals at its
	 * last month instead, one row per key, unless an import has made that year's totals stale.
	 */
	private JdbcClient.StatementSpec windowed(Scope scope, String keys, List<String> columns, Source source,
			List<Window> windows) {
		Set<Integer> stale = windows.stream().anyMatch(FigureQueries::fromJanuary) ? parkMonths.staleYears(scope.parkId())
				: Set.of();
		java.util.function.Predicate<Window> totals = w -> fromJanuary(w) && !stale.contains(w.period().to().getYear());
		if (windows.stream().allMatch(totals)) {
			return runningTotals(scope, keys, columns, source, windows);
		}
		// an enterprise has one accepted report a month, so single months need no summing
		boolean summed = windows.stream()
			.anyMatch(w -> !totals.test(w) && (source == Source.LINES || w.period().monthCount() > 1));
		StringBuilder sql = new StringBuilder("select ").append(keys).append(", w");
		columns.forEach(c -> sql.append(summed ? ", sum(" + c + ") as " + c : ", " + c));
		sql.append(" from (");
		for (int i = 0; i < windows.size(); i++) {
			Window w = windows.get(i);
			sql.append(i == 0 ? "" : " union all ").append("select ").append(keys).append(", '").append(w.name())
				.append("' as w, ").append(String.join(", ", columns)).append(" from ");
			if (totals.test(w)) {
				sql.append(source.runningTotals).append(" where park_id = :park and period = :").append(w.name()).append("To");
			}
			else {
				sql.append(source.table).append(" where park_id = :park and ").append(source.counts)
					.append(" and period between :").append(w.name()).append("From and :").append(w.name()).append("To");
			}
			if (scope.enterpriseId() != null) {
				sql.append(" and enterprise_id = :enterprise");
			}
		}
		sql.append(") x");
		if (summed) {
			sql.append(" group by ").append(keys).append(", w");
		}
		return bind(sql.toString(), scope, windows);
	}

	/**
	 * Reads the running totals at each window's last month in one index scan: a union of one branch per
	 * window made PostgreSQL start parallel workers to append them, which cost ten times the scans.
	 */
	private JdbcClient.StatementSpec runningTotals(Scope scope, String keys, List<String> columns, Source source,
			List<Window> windows) {
		StringBuilder sql = new StringBuilder("select ").append(keys).append(", case period");
		windows.forEach(w -> sql.append(" when :").append(w.name()).append("To then '").append(w.name()).append("'"));
		sql.append(" end as w, ").append(String.join(", ", columns)).append(" from ").append(source.runningTotals)
			.append(" where park_id = :park and period in (")
			.append(String.join(", ", windows.stream().map(w -> ":" + w.name() + "To").toList())).append(')');
		if (scope.enterpriseId() != null) {
			sql.append(" and enterprise_id = :enterprise");
		}
		return bind(sql.toString(), scope, windows);
	}

	/** Whether a window runs from January to a later month of the same year: a year to date or a year. */
	private static boolean fromJanuary(Window w) {
		return w.period().from().getMonthValue() == 1 && w.period().monthCount() > 1 && w.period().monthCount() <= 12;
	}

	/** Where sums come from: what counts month by month, and the running totals kept from it. */
	private enum Source {

		REPORTS("stats_report", FigureQueries.REPORTS, "stats_enterprise_ytd"),
		LINES("stats_report_line", FigureQueries.LINES, "stats_enterprise_product_ytd");

		private final String table;

		private final String counts;

		private final String runningTotals;

		Source(String table, String counts, String runningTotals) {
			this.table = table;
			this.counts = counts;
			this.runningTotals = runningTotals;
		}

	}

	/** Monthly totals of the scope over a window, for the charts: a park's from its kept totals. */
	List<MonthSum> monthSums(Scope scope, Window window) {
		if (scope.enterpriseId() == null) {
			return jdbc.sql("""
					select period, reports as n, output_value, electricity_kwh as electricity from stats_park_month
					where park_id = :park and period between :from and :to order by period""")
				.param("park", scope.parkId())
				.param("from", window.from())
				.param("to", window.to())
				.query((rs, n) -> new MonthSum(YearMonth.from(rs.getDate("period").toLocalDate()), rs.getInt("n"),
						rs.getBigDecimal("output_value"), rs.getBigDecimal("electricity")))
				.list();
		}
		return scoped(scope, """
				select period, count(*) as n, sum(output_value) as output_value, sum(electricity_kwh) as electricity
				from stats_report""", REPORTS, List.of(window), " group by period order by period")
			.query((rs, n) -> new MonthSum(YearMonth.from(rs.getDate("period").toLocalDate()), rs.getInt("n"),
					rs.getBigDecimal("output_value"), rs.getBigDecimal("electricity")))
			.list();
	}

	/** Monthly production of one product in the scope. */
	Map<YearMonth, BigDecimal> monthlyProduction(Scope scope, Window window, Product product) {
		Map<YearMonth, BigDecimal> result = new HashMap<>();
		var query = scope.enterpriseId() == null ? jdbc.sql("""
				select period, production from stats_park_month_product
				where park_id = :park and product = :product and period between :from and :to""")
			.param("park", scope.parkId())
			.param("from", window.from())
			.param("to", window.to())
				: scoped(scope, "select period, sum(production) as production from stats_report_line",
						LINES + " and product = :product", List.of(window), " group by period");
		query
			.param("product", product.name())
			.query(rs -> {
				BigDecimal production = rs.getBigDecimal("production");
				if (production != null) {
					result.put(YearMonth.from(rs.getDate("period").toLocalDate()), production);
				}
			});
		return result;
	}

	/** The latest month with an accepted report in the scope. */
	@Nullable YearMonth latestMonth(Scope scope) {
		List<@Nullable Date> latest = jdbc.sql("""
				select max(period) from stats_report
				where park_id = :park and status = 'ACCEPTED' and (cast(:enterprise as uuid) is null or enterprise_id = :enterprise)""")
			.param("park", scope.parkId())
			.param("enterprise", scope.enterpriseId())
			.query((rs, n) -> rs.getDate(1))
			.list();
		return latest.get(0) == null ? null : YearMonth.from(latest.get(0).toLocalDate());
	}

	/**
	 * Limits a query to what counts (accepted reports, or their lines) of the scope within the
	 * windows, each window a range of the index on park and month.
	 */
	private JdbcClient.StatementSpec scoped(Scope scope, String select, String counts, List<Window> windows,
			String groupBy) {
		StringBuilder sql = new StringBuilder(select).append(" where park_id = :park and ").append(counts).append(" and (");
		for (int i = 0; i < windows.size(); i++) {
			Window w = windows.get(i);
			sql.append(i == 0 ? "" : " or ").append("period between :").append(w.name()).append("From and :")
				.append(w.name()).append("To");
		}
		sql.append(')');
		if (scope.enterpriseId() != null) {
			sql.append(" and enterprise_id = :enterprise");
		}
		sql.append(groupBy);
		return bind(sql.toString(), scope, windows);
	}

	private JdbcClient.StatementSpec bind(String sql, Scope scope, List<Window> windows) {
		var spec = jdbc.sql(sql).param("park", scope.parkId());
		if (scope.enterpriseId() != null) {
			spec = spec.param("enterprise", scope.enterpriseId());
		}
		for (Window w : windows) {
			spec = spec.param(w.name() + "From", w.from()).param(w.name() + "To", w.to());
		}
		return spec;
	}

	/** The park, or one enterprise of it, whose figures are read. */
	record Scope(UUID parkId, @Nullable UUID enterpriseId) {
	}

	record ProductSum(UUID enterpriseId, Product product, @Nullable BigDecimal production, @Nullable BigDecimal sales,
			@Nullable BigDecimal outputValue) {
	}

	record MonthSum(YearMonth month, int reports, @Nullable BigDecimal outputValue, @Nullable BigDecimal electricity) {
	}

}
