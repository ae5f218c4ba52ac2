package org.batterytown.stats;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.project.ProjectCapacity;
import org.batterytown.project.StageGroup;
import org.batterytown.shared.Actor;
import org.batterytown.shared.LocalizedText;
import org.batterytown.shared.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owes a month's report (催报): every enterprise with a project producing or under construction
 * (the first report production, the second investment), and any other that reported. A report is due
 * by the configured day of the following month.
 */
@Service
@Transactional(readOnly = true)
public class StatsChasing {

	private final JdbcClient jdbc;

	private final ProjectCapacity capacity;

	private final EnterpriseManagement enterprises;

	private final StatsSettings settings;

	private final Clock clock;

	StatsChasing(JdbcClient jdbc, ProjectCapacity capacity, EnterpriseManagement enterprises, StatsSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.capacity = capacity;
		this.enterprises = enterprises;
		this.settings = settings;
		this.clock = clock;
	}

	/** The enterprises expected to report a month, those owing the longest first. */
	public List<ChasingRow> of(Actor actor, UUID parkId, YearMonth month) {
		return of(actor, parkId, month, month).get(month);
	}

	/**
	 * The chasing lists of every month from {@code first} to {@code last}, reading the registry and
	 * the enterprise names once.
	 */
	public Map<YearMonth, List<ChasingRow>> of(Actor actor, UUID parkId, YearMonth first, YearMonth last) {
		if (actor.enterpriseId() != null || !actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		Map<YearMonth, Map<UUID, Progress>> progress = progress(parkId, first, last);
		Set<UUID> withProjects = capacity.enterprisesWithProjects(Actor.system(), parkId,
				Set.of(StageGroup.PRODUCING, StageGroup.CONSTRUCTION));
		Map<UUID, LocalizedText> names = enterprises.names(Actor.system(), parkId);
		LocalDate today = LocalDate.now(clock);
		Map<YearMonth, List<ChasingRow>> result = new HashMap<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			Map<UUID, Progress> reported = progress.getOrDefault(month, Map.of());
			Set<UUID> expected = new LinkedHashSet<>(withProjects);
			expected.addAll(reported.keySet());
			LocalDate due = dueDate(month);
			result.put(month, expected.stream()
				.map(id -> row(id, names.get(id), reported.get(id), due, today))
				.sorted(Comparator.comparing((ChasingRow r) -> !r.owesReport())
					.thenComparing(r -> r.daysOverdue() == null ? -1 : r.daysOverdue(), Comparator.reverseOrder())
					.thenComparing(r -> r.name().zh()))
				.toList());
		}
		return result;
	}

	/** The last day a month's report is on time. */
	public LocalDate dueDate(YearMonth month) {
		return month.plusMonths(1).atDay(settings.dueDay());
	}

	private ChasingRow row(UUID id, @Nullable LocalizedText known, @Nullable Progress p, LocalDate due,
			LocalDate today) {
		LocalizedText name = known == null ? new LocalizedText(id.toString(), null) : known;
		ReportingState state = p == null ? ReportingState.MISSING : p.state();
		Instant first = p == null ? null : p.firstSubmitted();
		Long overdue = null;
		boolean owes = state.owed();
		if (owes && today.isAfter(due)) {
			overdue = ChronoUnit.DAYS.between(due, today);
		}
		else if (!owes && first != null) {
			LocalDate submitted = LocalDate.ofInstant(first, clock.getZone());
			overdue = submitted.isAfter(due) ? ChronoUnit.DAYS.between(due, submitted) : null;
		}
		Light light = overdue == null ? (owes ? Light.NONE : Light.GREEN) : owes ? Light.RED : Light.AMBER;
		return new ChasingRow(id, name, state, first, due, overdue, light);
	}

	private Map<YearMonth, Map<UUID, Progress>> progress(UUID parkId, YearMonth first, YearMonth last) {
		Map<YearMonth, Map<UUID, Progress>> result = new HashMap<>();
		jdbc.sql("""
				select period, enterprise_id, min(submitted_at) as first_submitted,
				       bool_or(status = 'ACCEPTED' or status = 'SUPERSEDED') as accepted,
				       max(status) filter (where status in ('DRAFT', 'SUBMITTED', 'RETURNED')) as open_status
				from stats_report where park_id = :park and period between :first and :last
				group by period, enterprise_id""")
			.param("park", parkId)
			.param("first", Date.valueOf(first.atDay(1)))
			.param("last", Date.valueOf(last.atDay(1)))
			.query(rs -> {
				Timestamp submitted = rs.getTimestamp("first_submitted");
				String open = rs.getString("open_status");
				ReportingState state = rs.getBoolean("accepted") ? ReportingState.ACCEPTED
						: ReportingState.valueOf(open == null ? "MISSING" : open);
				result.computeIfAbsent(YearMonth.from(rs.getDate("period").toLocalDate()), k -> new HashMap<>())
					.put(rs.getObject("enterprise_id", UUID.class),
							new Progress(state, submitted == null ? null : submitted.toInstant()));
			});
		return result;
	}

	private record Progress(ReportingState state, @Nullable Instant firstSubmitted) {
	}

}
