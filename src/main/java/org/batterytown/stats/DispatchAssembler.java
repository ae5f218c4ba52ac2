package org.batterytown.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.feedback.Tickets;
import org.batterytown.park.ParkId;
import org.batterytown.park.ParkManagement;
import org.batterytown.project.ProjectFilter;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.LocalizedText;
import org.batterytown.stats.figures.PeriodKind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts a month's dispatch report together from the figures, the registry and the chasing list. */
@Component
class DispatchAssembler {

	private final StatsFigures figures;

	private final StatsChasing chasing;

	private final ProjectManagement projects;

	private final EnterpriseManagement enterprises;

	private final ParkManagement parks;

	private final JdbcClient jdbc;

	private final StatsSettings settings;

	private final Clock clock;

	private final Tickets tickets;

	private final org.springframework.beans.factory.ObjectProvider<DispatchRisks> risks;

	DispatchAssembler(StatsFigures figures, StatsChasing chasing, ProjectManagement projects,
			EnterpriseManagement enterprises, ParkManagement parks, JdbcClient jdbc, StatsSettings settings,
			Clock clock, Tickets tickets, org.springframework.beans.factory.ObjectProvider<DispatchRisks> risks) {
		this.risks = risks;
		this.tickets = tickets;
		this.figures = figures;
		this.chasing = chasing;
		this.projects = projects;
		this.enterprises = enterprises;
		this.parks = parks;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** The report as it stands now; the caller has checked the actor may see the park. */
	Dispatch assemble(UUID parkId, YearMonth month) {
		Actor system = Actor.system();
		FiguresView m = figures.of(system, parkId, null, PeriodKind.MONTH, month, null);
		FiguresView ytd = figures.of(system, parkId, null, PeriodKind.YEAR_TO_DATE, month, null);
		List<Dispatch.Headline> headlines = new ArrayList<>();
		for (Measure measure : Measure.values()) {
			var now = m.measure(measure).yearOnYear();
			var year = ytd.measure(measure).yearOnYear();
			headlines.add(new Dispatch.Headline(measure, now.currentCount() == 0 ? null : now.current(),
					now.fullGrowth(), now.sameGrowth(), year.currentCount() == 0 ? null : year.current(),
					year.fullGrowth(), year.sameGrowth(), now.currentCount(), now.entering().size(),
					now.leaving().size(), growthLight(year.sameGrowth())));
		}
		List<Dispatch.ProductLine> products = m.products().stream().map(p -> {
			var year = ytd.products().stream().filter(y -> y.product() == p.product()).findFirst();
			return new Dispatch.ProductLine(p.product(), p.unit(),
					p.production().currentCount() == 0 ? null : p.production().current(),
					year.filter(y -> y.production().currentCount() > 0).map(y -> y.production().current()).orElse(null),
					p.production().sameGrowth(), p.utilization(), growthLight(p.production().sameGrowth()));
		}).toList();
		Map<UUID, Revision> revisions = revisions(parkId, month);
		List<Dispatch.EnterpriseLine> lines = m.enterprises().stream().map(e -> {
			Revision r = revisions.get(e.enterpriseId());
			return new Dispatch.EnterpriseLine(e.enterpriseId(), e.name(), r == null ? null : r.id(),
					r == null ? null : r.revision(), e.outputValue(), e.electricityKwh(), e.growth(), e.pullPoints(),
					e.membership());
		}).toList();
		List<ProjectView> parkProjects = projects.list(system, new ProjectFilter(null, null, null, parkId));
		Map<UUID, LocalizedText> names = enterprises.names(system, parkId);
		return new Dispatch(parkId, parks.get(system, new ParkId(parkId)).name(), month, Instant.now(clock), headlines,
				products, lines, projectLines(parkProjects, names), stageChanges(parkProjects, month),
				chasing.of(system, parkId, month), m.trend()
					.stream()
					.map(t -> new Dispatch.TrendMonth(t.month(), t.outputValue(), t.outputValueYearEarlier()))
					.toList(),
				tickets.overdueByProject(system, parkId).stream()
					.map(o -> new Dispatch.OverdueTickets(o.projectId(),
							o.projectName() == null ? new LocalizedText("—", null) : o.projectName(), o.tickets(),
							o.maxOverdueDays()))
					.toList(),
				risks.stream().flatMap(r -> r.of(parkId, month).stream()).toList());
	}

	private List<Dispatch.ProjectLine> projectLines(List<ProjectView> all, Map<UUID, LocalizedText> names) {
		List<Dispatch.ProjectLine> lines = new ArrayList<>();
		for (ProjectView p : all) {
			var worst = p.milestones()
				.stream()
				.filter(ms -> ms.slippageDays() != null)
				.max(Comparator.comparingLong(ProjectView.MilestoneState::slippageDays));
			Long slip = worst.map(ProjectView.MilestoneState::slippageDays).orElse(null);
			lines.add(new Dispatch.ProjectLine(p.id().value(), p.name(),
					names.getOrDefault(p.enterpriseId().value(), new LocalizedText("—", null)), p.stage(),
					worst.map(ProjectView.MilestoneState::kind).orElse(null),
					worst.map(ProjectView.MilestoneState::plannedDate).orElse(null),
					worst.map(ProjectView.MilestoneState::actualDate).orElse(null), slip, slipLight(slip)));
		}
		lines.sort(Comparator.comparing(Dispatch.ProjectLine::light).reversed()
			.thenComparing(l -> l.slippageDays() == null ? Long.MIN_VALUE : l.slippageDays(), Comparator.reverseOrder()));
		return lines;
	}

	private List<Dispatch.StageChange> stageChanges(List<ProjectView> all, YearMonth month) {
		List<Dispatch.StageChange> changes = new ArrayList<>();
		for (ProjectView p : all) {
			p.stageLog()
				.stream()
				.filter(l -> l.phaseNo() == null && YearMonth.from(l.at().atZone(clock.getZone())).equals(month))
				.forEach(l -> changes.add(new Dispatch.StageChange(p.id().value(), p.name(), l.stage(), l.at())));
		}
		changes.sort(Comparator.comparing(Dispatch.StageChange::at));
		return changes;
	}

	private Light slipLight(@Nullable Long days) {
		if (days == null) {
			return Light.NONE;
		}
		return days >= settings.slipRedDays() ? Light.RED : days >= settings.slipAmberDays() ? Light.AMBER : Light.GREEN;
	}

	private Light growthLight(@Nullable Double growth) {
		if (growth == null) {
			return Light.NONE;
		}
		return growth < settings.growthRed() ? Light.RED : growth < 0 ? Light.AMBER : Light.GREEN;
	}

	private Map<UUID, Revision> revisions(UUID parkId, YearMonth month) {
		Map<UUID, Revision> result = new HashMap<>();
		jdbc.sql("select enterprise_id, id, revision from stats_report "
				+ "where park_id = :park and period = :period and status = 'ACCEPTED'")
			.param("park", parkId)
			.param("period", java.sql.Date.valueOf(month.atDay(1)))
			.query(rs -> {
				result.put(rs.getObject("enterprise_id", UUID.class),
						new Revision(rs.getObject("id", UUID.class), rs.getInt("revision")));
			});
		return result;
	}

	private record Revision(UUID id, int revision) {
	}

}
