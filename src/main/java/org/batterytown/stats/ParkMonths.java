package org.batterytown.stats;

import java.sql.Date;
import java.time.YearMonth;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a park's monthly totals ({@code stats_park_month}, {@code stats_park_month_product}) equal to
 * the sums of what counts, and its data version ({@code stats_park_version}). Every writer of accepted
 * reports calls it in its own transaction, so both change together with the reports.
 */
@Component
class ParkMonths {

	private final JdbcClient jdbc;

	ParkMonths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Recomputes the totals of a park's months from {@code from} to {@code to}. */
	@Transactional(propagation = Propagation.MANDATORY)
	void refresh(UUID parkId, YearMonth from, YearMonth to) {
		Date first = Date.valueOf(from.atDay(1));
		Date last = Date.valueOf(to.atDay(1));
		jdbc.sql("""
				insert into stats_park_version (park_id, version) values (:park, 1)
				on conflict (park_id) do update set version = stats_park_version.version + 1""")
			.param("park", parkId).update();
		jdbc.sql("delete from stats_park_month where park_id = :park and period between :first and :last")
			.param("park", parkId).param("first", first).param("last", last).update();
		jdbc.sql("""
				insert into stats_park_month (park_id, period, reports, output_value, electricity_kwh)
				select park_id, period, count(*), sum(output_value), sum(electricity_kwh) from stats_report
				where park_id = :park and status = 'ACCEPTED' and period between :first and :last
				group by park_id, period""")
			.param("park", parkId).param("first", first).param("last", last).update();
		jdbc.sql("delete from stats_park_month_product where park_id = :park and period between :first and :last")
			.param("park", parkId).param("first", first).param("last", last).update();
		jdbc.sql("""
				insert into stats_park_month_product (park_id, period, product, production)
				select park_id, period, product, sum(production) from stats_report_line
				where park_id = :park and counted and period between :first and :last
				group by park_id, period, product""")
			.param("park", parkId).param("first", first).param("last", last).update();
	}

	/** How often the park's counted reports have changed; 0 if never. */
	long version(UUID parkId) {
		return jdbc.sql("select coalesce(max(version), 0) from stats_park_version where park_id = :park")
			.param("park", parkId).query(Long.class).single();
	}

	/** Recomputes the months an import wrote. */
	@Transactional(propagation = Propagation.MANDATORY)
	void refreshImport(UUID parkId, UUID importId) {
		var span = jdbc.sql("select min(period) as first, max(period) as last from stats_report where import_id = :id")
			.param("id", importId)
			.query((rs, n) -> rs.getDate("first") == null ? null
					: new YearMonth[] { YearMonth.from(rs.getDate("first").toLocalDate()),
							YearMonth.from(rs.getDate("last").toLocalDate()) })
			.single();
		if (span != null) {
			refresh(parkId, span[0], span[1]);
		}
	}

}
