package org.batterytown.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visit plan: every enterprise is to be visited every so many months (its own interval, or the
 * default), and each may have a liaison (包联干部) who owns its follow-ups. A quarter's plan lists each
 * enterprise with its next due visit; overdue ones first.
 */
@Service
@Transactional
public class VisitPlans {

	private final JdbcClient jdbc;

	private final EnterpriseManagement enterprises;

	private final RetentionSettings settings;

	private final Clock clock;

	VisitPlans(JdbcClient jdbc, EnterpriseManagement enterprises, RetentionSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.enterprises = enterprises;
		this.settings = settings;
		this.clock = clock;
	}

	/** The plan of the quarter that contains {@code month} (default: this quarter). */
	@Transactional(readOnly = true)
	public List<PlanRow> of(Actor actor, UUID parkId, @Nullable YearMonth month) {
		if (!actor.canSeePark(parkId) || actor.role() == org.batterytown.shared.Role.ENTERPRISE) {
			throw new NotAllowed("visit plan");
		}
		LocalDate today = LocalDate.now(clock);
		YearMonth any = month != null ? month : YearMonth.from(today);
		YearMonth firstMonth = YearMonth.of(any.getYear(), (any.getMonthValue() - 1) / 3 * 3 + 1);
		LocalDate quarterStart = firstMonth.atDay(1);
		LocalDate quarterEnd = firstMonth.plusMonths(2).atEndOfMonth();
		Map<UUID, Plan> plans = plans(parkId);
		Map<UUID, List<LocalDate>> visits = new HashMap<>();
		jdbc.sql("select enterprise_id, visited_on from retention_visit where park_id = ? order by visited_on")
			.param(parkId)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
			.list()
			.forEach(e -> visits.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		List<PlanRow> rows = new ArrayList<>();
		for (EnterpriseView e : enterprises.list(actor)) {
			if (!e.parkId().value().equals(parkId)) {
				continue;
			}
			UUID id = e.id().value();
			Plan plan = plans.get(id);
			int interval = plan != null ? plan.interval : settings.visitIntervalMonths();
			List<LocalDate> dates = visits.getOrDefault(id, List.of()).stream().filter(d -> !d.isAfter(quarterEnd)).toList();
			LocalDate last = dates.isEmpty() ? null : dates.get(dates.size() - 1);
			// never visited: due at once (the start of the quarter)
			LocalDate nextDue = last == null ? quarterStart : last.plusMonths(interval);
			int inQuarter = (int) dates.stream().filter(d -> !d.isBefore(quarterStart)).count();
			rows.add(new PlanRow(id, e.name(), interval, plan != null, plan == null ? null : plan.liaison, last,
					nextDue, inQuarter, status(nextDue, inQuarter, today, quarterEnd), plan == null ? -1 : plan.version));
		}
		rows.sort(Comparator.comparing(PlanRow::status).thenComparing(PlanRow::nextDue));
		return rows;
	}

	private static PlanRow.PlanStatus status(LocalDate nextDue, int inQuarter, LocalDate today, LocalDate quarterEnd) {
		if (nextDue.isBefore(today)) {
			return PlanRow.PlanStatus.OVERDUE;
		}
		if (!nextDue.isAfter(quarterEnd)) {
			return PlanRow.PlanStatus.DUE;
		}
		return inQuarter > 0 ? PlanRow.PlanStatus.VISITED : PlanRow.PlanStatus.LATER;
	}

	/**
	 * Sets how often an enterprise is to be visited and who its liaison is.
	 *
	 * @param expectedVersion -1 when it has no plan of its own yet
	 */
	public void set(Actor actor, UUID enterpriseId, @Nullable Integer intervalMonths, @Nullable String liaison,
			long expectedVersion) {
		EnterpriseView enterprise = enterprises.get(actor, new EnterpriseId(enterpriseId));
		UUID parkId = enterprise.parkId().value();
		if (!actor.actsForZone(parkId)) {
			throw new NotAllowed("visit plan");
		}
		if (intervalMonths == null || intervalMonths < 1 || intervalMonths > 24) {
			throw new RuleViolation("intervalMonths", "visitPlan.interval.invalid");
		}
		String who = liaison == null || liaison.isBlank() ? null : liaison.strip();
		if (who != null && who.length() > 100) {
			throw new RuleViolation("liaison", "visitPlan.liaisonLength");
		}
		int changed = expectedVersion < 0
				? jdbc.sql("""
						insert into retention_plan (enterprise_id, park_id, interval_months, liaison, version)
						values (?, ?, ?, ?, 0) on conflict (enterprise_id) do nothing""")
					.params(enterpriseId, parkId, intervalMonths, who)
					.update()
				: jdbc.sql("""
						update retention_plan set interval_months = ?, liaison = ?, version = version + 1
						where enterprise_id = ? and version = ?""")
					.params(intervalMonths, who, enterpriseId, expectedVersion)
					.update();
		if (changed == 0) {
			throw new StaleVersion("visit plan", enterpriseId);
		}
	}

	/** The enterprise's liaison, if one is set. */
	@Transactional(readOnly = true)
	@Nullable
	String liaison(UUID enterpriseId) {
		List<String> found = jdbc.sql("select liaison from retention_plan where enterprise_id = ? and liaison is not null")
			.param(enterpriseId)
			.query(String.class)
			.list();
		return found.isEmpty() ? null : found.get(0);
	}

	private Map<UUID, Plan> plans(UUID parkId) {
		Map<UUID, Plan> plans = new HashMap<>();
		jdbc.sql("select enterprise_id, interval_months, liaison, version from retention_plan where park_id = ?")
			.param(parkId)
			.query((rs, n) -> plans.put(rs.getObject(1, UUID.class),
					new Plan(rs.getInt(2), rs.getString(3), rs.getLong(4))))
			.list();
		return plans;
	}

	private record Plan(int interval, @Nullable String liaison, long version) {
	}

}
