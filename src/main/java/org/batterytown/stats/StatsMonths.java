package org.batterytown.stats;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.LocalizedText;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.RuleViolation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Month-end: zone staff close a month once it has ended, which stores its dispatch report as an
 * immutable snapshot (the table refuses updates and deletes). Leaders and staff read a month's report
 * as snapshot or as it stands; enterprises do not, as it shows every enterprise.
 */
@Service
@Transactional(readOnly = true)
public class StatsMonths {

	private final DispatchAssembler assembler;

	private final StatsChasing chasing;

	private final EnterpriseManagement enterprises;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	StatsMonths(DispatchAssembler assembler, StatsChasing chasing, EnterpriseManagement enterprises, JdbcClient jdbc,
			JsonMapper json, Clock clock) {
		this.assembler = assembler;
		this.chasing = chasing;
		this.enterprises = enterprises;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** The last {@code count} ended months, latest first. */
	public List<MonthState> months(Actor actor, UUID parkId, int count) {
		check(actor, parkId);
		Map<YearMonth, Closed> closed = new HashMap<>();
		jdbc.sql("select period, closed_at, closed_by from stats_month_close where park_id = :park")
			.param("park", parkId)
			.query(rs -> {
				closed.put(YearMonth.from(rs.getDate("period").toLocalDate()),
						new Closed(rs.getTimestamp("closed_at").toInstant(), rs.getString("closed_by"), ""));
			});
		List<MonthState> months = new ArrayList<>();
		YearMonth last = YearMonth.now(clock).minusMonths(1);
		var chased = chasing.of(actor, parkId, last.minusMonths(count - 1L), last);
		for (int i = 0; i < count; i++) {
			YearMonth m = last.minusMonths(i);
			var rows = chased.get(m);
			Closed c = closed.get(m);
			months.add(new MonthState(m, c != null, c == null ? null : c.at(), c == null ? null : c.by(), rows.size(),
					(int) rows.stream().filter(r -> r.state() == ReportingState.ACCEPTED).count(),
					(int) rows.stream().filter(ChasingRow::owesReport).count()));
		}
		return months;
	}

	/** The month's report: its snapshot if closed, else as it stands. */
	public MonthDispatch dispatch(Actor actor, UUID parkId, YearMonth month) {
		check(actor, parkId);
		Optional<Closed> closed = closed(parkId, month);
		if (closed.isEmpty()) {
			return new MonthDispatch(assembler.assemble(parkId, month), false, null, null, List.of());
		}
		Dispatch snapshot = json.readValue(closed.get().snapshot(), Dispatch.class);
		return new MonthDispatch(snapshot, true, closed.get().at(), closed.get().by(),
				corrections(parkId, month, closed.get().at(), snapshot));
	}

	/** Closes an ended month; a month closes once. */
	@Transactional
	public MonthDispatch close(Actor actor, UUID parkId, YearMonth month) {
		if (!actor.actsForZone(parkId)) {
			throw new NotAllowed("close a month");
		}
		if (!month.isBefore(YearMonth.now(clock))) {
			throw new RuleViolation("month", "stats.month.notEnded", month);
		}
		Dispatch dispatch = assembler.assemble(parkId, month);
		try {
			jdbc.sql("""
					insert into stats_month_close (id, park_id, period, closed_at, closed_by, snapshot)
					values (:id, :park, :period, :at, :by, cast(:snapshot as jsonb))""")
				.param("id", UUID.randomUUID())
				.param("park", parkId)
				.param("period", Date.valueOf(month.atDay(1)))
				.param("at", Timestamp.from(dispatch.preparedAt()))
				.param("by", actor.username())
				.param("snapshot", json.writeValueAsString(dispatch))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("month", "stats.month.alreadyClosed", month);
		}
		return new MonthDispatch(dispatch, true, dispatch.preparedAt(), actor.username(), List.of());
	}

	private void check(Actor actor, UUID parkId) {
		if (actor.enterpriseId() != null || !actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
	}

	private Optional<Closed> closed(UUID parkId, YearMonth month) {
		return jdbc.sql("""
				select closed_at, closed_by, snapshot::text as snapshot from stats_month_close
				where park_id = :park and period = :period""")
			.param("park", parkId)
			.param("period", Date.valueOf(month.atDay(1)))
			.query((rs, n) -> new Closed(rs.getTimestamp("closed_at").toInstant(), rs.getString("closed_by"),
					rs.getString("snapshot")))
			.optional();
	}

	private List<MonthDispatch.Correction> corrections(UUID parkId, YearMonth month, Instant closedAt,
			Dispatch snapshot) {
		Map<UUID, Dispatch.EnterpriseLine> before = new HashMap<>();
		snapshot.enterprises().forEach(e -> before.put(e.enterpriseId(), e));
		var names = enterprises.byId(Actor.system());
		return jdbc.sql("""
				select enterprise_id, revision, output_value, reviewed_at from stats_report
				where park_id = :park and period = :period and status in ('ACCEPTED', 'SUPERSEDED')
				  and reviewed_at > :closed
				order by reviewed_at""")
			.param("park", parkId)
			.param("period", Date.valueOf(month.atDay(1)))
			.param("closed", Timestamp.from(closedAt))
			.query((rs, n) -> {
				UUID id = rs.getObject("enterprise_id", UUID.class);
				Dispatch.EnterpriseLine then = before.get(id);
				var e = names.get(new EnterpriseId(id));
				BigDecimal value = rs.getBigDecimal("output_value");
				return new MonthDispatch.Correction(id, e == null ? new LocalizedText(id.toString(), null) : e.name(),
						then == null ? null : then.revision(), then == null ? null : then.outputValue(),
						rs.getInt("revision"), value, rs.getTimestamp("reviewed_at").toInstant());
			})
			.list();
	}

	private record Closed(Instant at, String by, String snapshot) {
	}

}
