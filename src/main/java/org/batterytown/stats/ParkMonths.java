package org.batterytown.stats;

import java.sql.Date;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a park's monthly totals ({@code stats_park_month}, {@code stats_park_month_product}) and its
 * enterprises' running totals of each year ({@code stats_enterprise_ytd},
 * {@code stats_enterprise_product_ytd}) equal to the sums of what counts, and its data version ({@code stats_park_version}). Every writer of accepted
 * reports calls it in its own transaction, so both change together with the reports.
 */
@Component
class ParkMonths {

	/** The month of the next report in the year, or January of the next year after the last. */
	private static final String NEXT = """
			coalesce(lead(period) over w, cast(date_trunc('year', period::timestamp) + interval '12 months' as date)) as next
			""";

	/** The months after a report up to the next one, for the reports followed by a gap. */
	private static final String GAP = """
			 generate_series(r.period::timestamp + interval '1 month', r.next::timestamp - interval '1 month',
			    interval '1 month') m
			where r.next > r.period + 31""";

	/** How often the park's counted reports have changed; 0 if never. */
	long version(UUID parkId) {
		return jdbc.sql("select coalesce(max(version), 0) from stats_park_version where park_id = :park")
			.param("park", parkId).query(Long.class).single();
	}

	private final JdbcClient jdbc;

	private final RunningTotalsRebuilds rebuilds;

	ParkMonths(JdbcClient jdbc, @Lazy RunningTotalsRebuilds rebuilds) {
		this.jdbc = jdbc;
		this.rebuilds = rebuilds;
	}

	/** Recomputes the totals of a park's months from {@code from} to {@code to}. */
	@Transactional(propagation = Propagation.MANDATORY)
	void refresh(UUID parkId, YearMonth from, YearMonth to) {
		refresh(parkId, null, from, to);
	}

	/**
	 * Recomputes the totals of a park's months from {@code from} to {@code to}, and the running totals
	 * of the years they fall in: of one enterprise where only its reports changed, else of all.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void refresh(UUID parkId, @Nullable UUID enterpriseId, YearMonth from, YearMonth to) {
		monthlyTotals(parkId, from, to);
		runningTotals(parkId, enterpriseId, Date.valueOf(from.withMonth(1).atDay(1)),
				Date.valueOf(to.withMonth(12).atDay(1)));
	}

	private void bumpVersion(UUID parkId) {
		jdbc.sql("""
				insert into stats_park_version (park_id, version) values (:park, 1)
				on conflict (park_id) do update set version = stats_park_version.version + 1""")
			.param("park", parkId).update();
	}

	private void monthlyTotals(UUID parkId, YearMonth from, YearMonth to) {
		Date first = Date.valueOf(from.atDay(1));
		Date last = Date.valueOf(to.atDay(1));
		bumpVersion(parkId);
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

	/**
	 * Each enterprise's sums from January to every month of the years from {@code january} to
	 * {@code december}: a row for each month from its first counted report of a year to December. A
	 * window sum gives the months it reported; only a month followed by a gap (or the last of its
	 * year before December) repeats its total over the months up to the next report, so a park whose
	 * enterprises report every month computes no month twice.
	 */
	private void runningTotals(UUID parkId, @Nullable UUID enterpriseId, Date january, Date december) {
		String scope = " where park_id = :park and period between :january and :december"
				+ " and (cast(:enterprise as uuid) is null or enterprise_id = :enterprise)";
		jdbc.sql("delete from stats_enterprise_ytd" + scope)
			.param("park", parkId).param("enterprise", enterpriseId).param("january", january)
			.param("december", december).update();
		jdbc.sql("""
				with running as (
				    select enterprise_id, period, sum(output_value) over w as output_value,
				           sum(electricity_kwh) over w as electricity_kwh, sum(energy_tce) over w as energy_tce,
				           sum(taxes) over w as taxes, """ + NEXT + """
				    from stats_report""" + scope + """
				     and status = 'ACCEPTED'
				    window w as (partition by enterprise_id, date_trunc('year', period::timestamp) order by period)
				)
				insert into stats_enterprise_ytd
				select :park, period, enterprise_id, output_value, electricity_kwh, energy_tce, taxes from running
				union all
				select :park, cast(m as date), r.enterprise_id, r.output_value, r.electricity_kwh, r.energy_tce, r.taxes
				from running r cross join lateral""" + GAP)
			.param("park", parkId).param("enterprise", enterpriseId).param("january", january)
			.param("december", december).update();
		jdbc.sql("delete from stats_enterprise_product_ytd" + scope)
			.param("park", parkId).param("enterprise", enterpriseId).param("january", january)
			.param("december", december).update();
		jdbc.sql("""
				with running as (
				    select enterprise_id, product, period, sum(sum(production)) over w as production,
				           sum(sum(sales)) over w as sales, sum(sum(output_value)) over w as output_value, """ + NEXT + """
				    from stats_report_line""" + scope + """
				     and counted group by enterprise_id, product, period
				    window w as (partition by enterprise_id, product, date_trunc('year', period::timestamp) order by period)
				)
				insert into stats_enterprise_product_ytd
				select :park, period, enterprise_id, product, production, sales, output_value from running
				union all
				select :park, cast(m as date), r.enterprise_id, r.product, r.production, r.sales, r.output_value
				from running r cross join lateral""" + GAP)
			.param("park", parkId).param("enterprise", enterpriseId).param("january", january)
			.param("december", december).update();
	}

	/**
	 * Recomputes the months an import wrote; their years' running totals are marked stale and rebuilt
	 * once the import has committed, so the import does not wait for a million rows of them.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void refreshImport(UUID parkId, UUID importId) {
		var span = jdbc.sql("select min(period) as first, max(period) as last from stats_report where import_id = :id")
			.param("id", importId)
			.query((rs, n) -> rs.getDate("first") == null ? null
					: new YearMonth[] { YearMonth.from(rs.getDate("first").toLocalDate()),
							YearMonth.from(rs.getDate("last").toLocalDate()) })
			.single();
		if (span == null) {
			return;
		}
		monthlyTotals(parkId, span[0], span[1]);
		jdbc.sql("""
				insert into stats_ytd_stale (park_id, year, marked)
				select :park, y, 1 from generate_series(:first, :last) y
				on conflict (park_id, year) do update set marked = stats_ytd_stale.marked + 1""")
			.param("park", parkId).param("first", span[0].getYear()).param("last", span[1].getYear()).update();
		rebuilds.afterCommit(parkId);
	}

	/** The years of a park whose running totals are stale: figures sum their months instead. */
	Set<Integer> staleYears(UUID parkId) {
		return new HashSet<>(jdbc.sql("select year from stats_ytd_stale where park_id = :park")
			.param("park", parkId).query(Integer.class).list());
	}

	/**
	 * Rebuilds the stale years' running totals of a park. One rebuild per park at a time (an advisory
	 * lock); a year marked again while this one read it stays stale for the next.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void rebuildStale(UUID parkId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(cast(:park as text)))").param("park", parkId).query().singleRow();
		var stale = jdbc.sql("select year, marked from stats_ytd_stale where park_id = :park order by year")
			.param("park", parkId).query((rs, n) -> new long[] { rs.getInt("year"), rs.getLong("marked") }).list();
		for (long[] year : stale) {
			int y = (int) year[0];
			runningTotals(parkId, null, Date.valueOf(YearMonth.of(y, 1).atDay(1)),
					Date.valueOf(YearMonth.of(y, 12).atDay(1)));
			jdbc.sql("delete from stats_ytd_stale where park_id = :park and year = :year and marked = :marked")
				.param("park", parkId).param("year", y).param("marked", year[1]).update();
		}
		if (!stale.isEmpty()) {
			bumpVersion(parkId);
		}
	}

	/** The parks with stale running totals, e.g. after a restart interrupted a rebuild. */
	List<UUID> parksWithStaleYears() {
		return jdbc.sql("select distinct park_id from stats_ytd_stale").query(UUID.class).list();
	}

}
