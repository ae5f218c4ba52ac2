package org.batterytown.stats;

import java.sql.Date;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.PagedResult;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.StaleVersion;
import org.batterytown.stats.review.Finding;
import org.batterytown.stats.review.ReportFigures;
import org.batterytown.stats.review.ReviewRules;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises' monthly reports through their workflow, within the actor's data scope: the enterprise
 * (or the zone) fills in and submits; zone staff accept or return; an accepted report is corrected by
 * a new revision. Reports outside the scope are reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class StatsReports {

	static final String SUBJECT = "report";

	private final MonthlyReportRepository reports;

	private final EnterpriseManagement enterprises;

	private final ReviewContexts contexts;

	private final ReviewRules rules;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ParkMonths parkMonths;

	StatsReports(MonthlyReportRepository reports, EnterpriseManagement enterprises, ReviewContexts contexts,
			StatsSettings settings, JdbcClient jdbc, Clock clock, ParkMonths parkMonths) {
		this.parkMonths = parkMonths;
		this.reports = reports;
		this.enterprises = enterprises;
		this.contexts = contexts;
		this.rules = new ReviewRules(settings.review());
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The visible reports matching the filter, latest month first. */
	public PagedResult<ReportSummary> search(Actor actor, ReportFilter filter, int page, int size) {
		Map<UUID, String> names = names(actor);
		StringBuilder sql = new StringBuilder("""
				select id, enterprise_id, period, revision, status, output_value, electricity_kwh, origin,
				       submitted_at, version, park_id
				from stats_report where true""");
		Map<String, Object> params = new java.util.HashMap<>();
		if (actor.enterpriseId() != null) {
			sql.append(" and enterprise_id = :own");
			params.put("own", actor.enterpriseId());
		}
		else if (actor.parkId() != null) {
			sql.append(" and park_id = :park");
			params.put("park", actor.parkId());
		}
		if (filter.period() != null) {
			sql.append(" and period = :period");
			params.put("period", Date.valueOf(filter.period().atDay(1)));
		}
		if (filter.status() != null) {
			sql.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.enterpriseId() != null) {
			sql.append(" and enterprise_id = :enterprise");
			params.put("enterprise", filter.enterpriseId());
		}
		long total = jdbc.sql("select count(*) from (" + sql + ") q").params(params).query(Long.class).single();
		sql.append(" order by period desc, enterprise_id, revision desc limit :limit offset :offset");
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<ReportSummary> items = jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new ReportSummary(rs.getObject("id", UUID.class),
					rs.getObject("enterprise_id", UUID.class),
					names.getOrDefault(rs.getObject("enterprise_id", UUID.class), "?"),
					YearMonth.from(rs.getDate("period").toLocalDate()), rs.getInt("revision"),
					ReportStatus.valueOf(rs.getString("status")), rs.getBigDecimal("output_value"),
					rs.getBigDecimal("electricity_kwh"), ReportOrigin.valueOf(rs.getString("origin")),
					rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
					rs.getLong("version")))
			.list();
		return new PagedResult<>(items, page, size, total);
	}

	/** @throws NotFound if there is no such report or it lies outside the actor's scope */
	public ReportView get(Actor actor, UUID id) {
		MonthlyReport report = load(actor, id);
		List<Finding> findings = report.status().editable() || report.status() == ReportStatus.SUBMITTED
				? review(report) : List.of();
		List<ReportView.Revision> revisions = reports
			.findByEnterpriseIdAndPeriodOrderByRevision(report.enterpriseId(), report.period().atDay(1))
			.stream()
			.filter(r -> !r.id().equals(id))
			.map(MonthlyReport::asRevision)
			.toList();
		return report.view(enterpriseName(report.enterpriseId()), findings, revisions);
	}

	/**
	 * Opens the first revision of an enterprise's month as an empty draft.
	 *
	 * @throws NotAllowed if the actor may not report for that enterprise
	 * @throws RuleViolation if the month already has a report (correct it by a revision instead)
	 */
	@Transactional
	public UUID open(Actor actor, UUID enterpriseId, YearMonth period) {
		EnterpriseView enterprise = enterprises.get(actor, new EnterpriseId(enterpriseId));
		if (!actor.canEdit(enterprise.parkId().value(), enterpriseId)) {
			throw new NotAllowed(SUBJECT);
		}
		if (period.isAfter(YearMonth.now(clock))) {
			throw new RuleViolation("period", "stats.report.future");
		}
		if (!reports.findByEnterpriseIdAndPeriodOrderByRevision(enterpriseId, period.atDay(1)).isEmpty()) {
			throw new RuleViolation("period", "stats.report.exists", period.toString());
		}
		MonthlyReport draft = MonthlyReport.draft(enterprise.parkId().value(), enterpriseId, period,
				actor.username(), clock.instant());
		return reports.save(draft).id();
	}

	/** Saves the figures of a draft or returned report. */
	@Transactional
	public ReportView save(Actor actor, UUID id, ReportContent content, long expectedVersion) {
		MonthlyReport report = editable(actor, id, expectedVersion);
		report.edit(content, rules);
		reports.save(report);
		return get(actor, id);
	}

	/**
	 * Saves the figures and submits them.
	 *
	 * @throws org.batterytown.shared.RuleViolations for hard errors and unexplained warnings; nothing
	 * is saved then
	 */
	@Transactional
	public ReportView submit(Actor actor, UUID id, ReportContent content, long expectedVersion) {
		MonthlyReport report = editable(actor, id, expectedVersion);
		report.edit(content, rules);
		report.submit(review(report), rules, actor.username(), clock.instant());
		reports.save(report);
		return get(actor, id);
	}

	/** Accepts a submitted report; a correction supersedes the revision it corrects. */
	@Transactional
	public ReportView accept(Actor actor, UUID id, long expectedVersion) {
		MonthlyReport report = reviewable(actor, id, expectedVersion);
		reports.findByEnterpriseIdAndPeriodAndStatus(report.enterpriseId(), report.period().atDay(1),
				ReportStatus.ACCEPTED)
			.ifPresent(previous -> {
				previous.supersede();
				reports.save(previous);
			});
		report.accept(actor.username(), clock.instant());
		reports.save(report);
		parkMonths.refresh(report.parkId(), report.enterpriseId(), report.period(), report.period());
		return get(actor, id);
	}

	/** Returns a submitted report to the enterprise with the reasons. */
	@Transactional
	public ReportView returnReport(Actor actor, UUID id, String reason, long expectedVersion) {
		MonthlyReport report = reviewable(actor, id, expectedVersion);
		report.returnWith(reason, actor.username(), clock.instant());
		reports.save(report);
		return get(actor, id);
	}

	/**
	 * Opens a correction of an accepted report as the next revision. The accepted revision keeps
	 * counting until the correction is accepted.
	 */
	@Transactional
	public UUID revise(Actor actor, UUID id) {
		MonthlyReport report = load(actor, id);
		if (!actor.canEdit(report.parkId(), report.enterpriseId())) {
			throw new NotAllowed(SUBJECT);
		}
		boolean open = reports.findByEnterpriseIdAndPeriodOrderByRevision(report.enterpriseId(), report.period().atDay(1))
			.stream()
			.anyMatch(r -> r.status().editable() || r.status() == ReportStatus.SUBMITTED);
		if (open) {
			throw new RuleViolation(null, "stats.report.correctionOpen");
		}
		return reports.save(report.revise(actor.username(), clock.instant())).id();
	}

	/** What the review rules would find in figures not yet saved, e.g. a form sent back with errors. */
	public List<Finding> preview(Actor actor, UUID id, ReportContent content) {
		MonthlyReport report = load(actor, id);
		return rules.review(content.figures(),
				contexts.of(report.parkId(), report.enterpriseId(), report.period(), previousMonth(report)));
	}

	private @org.jspecify.annotations.Nullable ReportFigures previousMonth(MonthlyReport report) {
		return reports
			.findByEnterpriseIdAndPeriodAndStatus(report.enterpriseId(), report.period().minusMonths(1).atDay(1),
					ReportStatus.ACCEPTED)
			.map(MonthlyReport::figures)
			.orElse(null);
	}

	/** What the review rules find in a report's current figures. */
	List<Finding> review(MonthlyReport report) {
		return rules.review(report.figures(),
				contexts.of(report.parkId(), report.enterpriseId(), report.period(), previousMonth(report)));
	}

	private MonthlyReport editable(Actor actor, UUID id, long expectedVersion) {
		MonthlyReport report = load(actor, id);
		if (!actor.canEdit(report.parkId(), report.enterpriseId())) {
			throw new NotAllowed(SUBJECT);
		}
		requireVersion(report, expectedVersion);
		return report;
	}

	private MonthlyReport reviewable(Actor actor, UUID id, long expectedVersion) {
		MonthlyReport report = load(actor, id);
		if (!actor.actsForZone(report.parkId())) {
			throw new NotAllowed(SUBJECT);
		}
		requireVersion(report, expectedVersion);
		return report;
	}

	private static void requireVersion(MonthlyReport report, long expectedVersion) {
		if (report.version() != expectedVersion) {
			throw new StaleVersion(SUBJECT, report.id());
		}
	}

	private MonthlyReport load(Actor actor, UUID id) {
		return reports.findById(id)
			.filter(r -> actor.canRead(r.parkId(), r.enterpriseId()))
			.orElseThrow(() -> new NotFound(SUBJECT, id));
	}

	private String enterpriseName(UUID id) {
		return enterprises.get(Actor.system(), new EnterpriseId(id)).name().zh();
	}

	private Map<UUID, String> names(Actor actor) {
		Map<UUID, String> names = new java.util.HashMap<>();
		enterprises.list(actor).forEach(e -> names.put(e.id().value(), e.name().zh()));
		return names;
	}



}
