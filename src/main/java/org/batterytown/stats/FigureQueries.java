package org.batterytown.stats;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.project.Product;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sums of accepted reports, grouped in PostgreSQL so that a park page reads a few thousand rows at
 * most whatever the history: per enterprise over each window, per enterprise and product, and per
 * month for the trend. An enterprise with an accepted report in a window is in that window's set even
 * where a measure is blank, which then counts as no figure.
 */
@Component
class FigureQueries {

	private final JdbcClient jdbc;

	FigureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per window, per measure: each enterprise's total (absent: not in the window; null: blank). */
	Map<String, Map<Measure, Map<UUID, @Nullable BigDecimal>>> enterpriseSums(Scope scope, List<Window> windows) {
		StringBuilder columns = new StringBuilder("enterprise_id");
		for (Window w : windows) {
			columns.append(", count(*) ").append(w.filter()).append(" as ").append(w.name()).append("_n");
			for (Measure m : Measure.values()) {
				columns.append(", sum(").append(m.column()).append(") ").append(w.filter()).append(" as ")
					.append(w.name()).append('_').append(m.column());
			}
		}
		Map<String, Map<Measure, Map<UUID, @Nullable BigDecimal>>> result = new HashMap<>();
		windows.forEach(w -> {
			Map<Measure, Map<UUID, @Nullable BigDecimal>> byMeasure = new EnumMap<>(Measure.class);
			for (Measure m : Measure.values()) {
				byMeasure.put(m, new HashMap<>());
			}
			result.put(w.name(), byMeasure);
		});
		scoped(scope, "select " + columns + " from stats_report", windows, " group by enterprise_id")
			.query(rs -> {
				UUID enterprise = rs.getObject("enterprise_id", UUID.class);
				for (Window w : windows) {
					if (rs.getLong(w.name() + "_n") > 0) {
						for (Measure m : Measure.values()) {
							result.get(w.name()).get(m).put(enterprise, rs.getBigDecimal(w.name() + "_" + m.column()));
						}
					}
				}
			});
		return result;
	}

	/** Per window: each enterprise's production, sales and output value per product. */
	Map<String, List<ProductSum>> productSums(Scope scope, List<Window> windows) {
		StringBuilder columns = new StringBuilder("r.enterprise_id, l.product");
		for (Window w : windows) {
			String f = w.filter().replace("period", "r.period");
			columns.append(", count(*) ").append(f).append(" as ").append(w.name()).append("_n")
				.append(", sum(l.production) ").append(f).append(" as ").append(w.name()).append("_production")
				.append(", sum(l.sales) ").append(f).append(" as ").append(w.name()).append("_sales")
				.append(", sum(l.output_value) ").append(f).append(" as ").append(w.name()).append("_output");
		}
		Map<String, List<ProductSum>> result = new HashMap<>();
		windows.forEach(w -> result.put(w.name(), new ArrayList<>()));
		scoped(scope, "select " + columns
				+ " from stats_report r join stats_report_line l on l.report_id = r.id", windows,
				" group by r.enterprise_id, l.product")
			.query(rs -> {
				UUID enterprise = rs.getObject("enterprise_id", UUID.class);
				Product product = Product.valueOf(rs.getString("product"));
				for (Window w : windows) {
					if (rs.getLong(w.name() + "_n") > 0) {
						result.get(w.name()).add(new ProductSum(enterprise, product,
								rs.getBigDecimal(w.name() + "_production"), rs.getBigDecimal(w.name() + "_sales"),
								rs.getBigDecimal(w.name() + "_output")));
					}
				}
			});
		return result;
	}

	/** Monthly totals of the scope over a window, for the charts. */
	List<MonthSum> monthSums(Scope scope, Window window) {
		return scoped(scope, """
				select period, count(*) as n, sum(output_value) as output_value, sum(electricity_kwh) as electricity
				from stats_report""", List.of(window), " group by period order by period")
			.query((rs, n) -> new MonthSum(YearMonth.from(rs.getDate("period").toLocalDate()), rs.getInt("n"),
					rs.getBigDecimal("output_value"), rs.getBigDecimal("electricity")))
			.list();
	}

	/** Monthly production of one product in the scope. */
	Map<YearMonth, BigDecimal> monthlyProduction(Scope scope, Window window, Product product) {
		Map<YearMonth, BigDecimal> result = new HashMap<>();
		scoped(scope, """
				select r.period, sum(l.production) as production
				from stats_report r join stats_report_line l on l.report_id = r.id and l.product = :product""",
				List.of(window), " group by r.period")
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

	/** Limits a query to accepted reports of the scope within the span of the windows. */
	private JdbcClient.StatementSpec scoped(Scope scope, String select, List<Window> windows, String groupBy) {
		// The joined queries name the report table r.
		String alias = select.contains("stats_report r ") ? "r." : "";
		StringBuilder sql = new StringBuilder(select).append(" where ").append(alias).append("park_id = :park and ")
			.append(alias).append("status = 'ACCEPTED' and ").append(alias).append("period between :spanFrom and :spanTo");
		if (scope.enterpriseId() != null) {
			sql.append(" and ").append(alias).append("enterprise_id = :enterprise");
		}
		sql.append(groupBy);
		var spec = jdbc.sql(sql.toString()).param("park", scope.parkId());
		if (scope.enterpriseId() != null) {
			spec = spec.param("enterprise", scope.enterpriseId());
		}
		YearMonth from = windows.stream().map(w -> w.period().from()).min(Comparator.naturalOrder()).orElseThrow();
		YearMonth to = windows.stream().map(w -> w.period().to()).max(Comparator.naturalOrder()).orElseThrow();
		spec = spec.param("spanFrom", Date.valueOf(from.atDay(1))).param("spanTo", Date.valueOf(to.atDay(1)));
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
