package org.batterytown.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.stats.review.Finding;
import org.batterytown.stats.review.ReportFigures;
import org.batterytown.stats.review.ReviewRules;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One revision of an enterprise's monthly report. Guards its workflow: figures change only while it is
 * a draft or returned; submission needs no hard error and an explanation for every warning; only a
 * submitted report is accepted or returned; an accepted one is locked and corrected by a new revision.
 */
@Table("stats_report")
class MonthlyReport {

	@Id
	private final UUID id;

	private final UUID parkId;

	private final UUID enterpriseId;

	private final LocalDate period;

	private final int revision;

	private ReportStatus status;

	private @Nullable BigDecimal outputValue;

	private @Nullable BigDecimal electricityKwh;

	private @Nullable BigDecimal energyTce;

	private @Nullable Integer employees;

	private @Nullable BigDecimal taxes;

	private @Nullable String returnReason;

	private final ReportOrigin origin;

	private @Nullable UUID importId;

	private boolean synthetic;

	private final Instant createdAt;

	private final String createdBy;

	private @Nullable Instant submittedAt;

	private @Nullable String submittedBy;

	private @Nullable Instant reviewedAt;

	private @Nullable String reviewedBy;

	@MappedCollection(idColumn = "report_id", keyColumn = "position")
	private List<ReportLine> lines = new ArrayList<>();

	@MappedCollection(idColumn = "report_id", keyColumn = "position")
	private List<ReportInvestment> investments = new ArrayList<>();

	@MappedCollection(idColumn = "report_id", keyColumn = "position")
	private List<Explanation> explanations = new ArrayList<>();

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	MonthlyReport(UUID id, UUID parkId, UUID enterpriseId, LocalDate period, int revision, ReportStatus status,
			ReportOrigin origin, Instant createdAt, String createdBy) {
		this.id = id;
		this.parkId = parkId;
		this.enterpriseId = enterpriseId;
		this.period = period;
		this.revision = revision;
		this.status = status;
		this.origin = origin;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	/** A new, empty draft of the first revision. */
	static MonthlyReport draft(UUID parkId, UUID enterpriseId, YearMonth period, String by, Instant at) {
		return new MonthlyReport(UUID.randomUUID(), parkId, enterpriseId, period.atDay(1), 1, ReportStatus.DRAFT,
				ReportOrigin.FORM, at, by);
	}

	/**
	 * A correction of this accepted report: the next revision as a draft with the same figures. This
	 * revision stays accepted (and counts) until the correction is accepted.
	 */
	MonthlyReport revise(String by, Instant at) {
		if (status != ReportStatus.ACCEPTED) {
			throw new RuleViolation(null, "stats.report.reviseOnlyAccepted");
		}
		MonthlyReport next = new MonthlyReport(UUID.randomUUID(), parkId, enterpriseId, period, revision + 1,
				ReportStatus.DRAFT, ReportOrigin.FORM, at, by);
		next.outputValue = outputValue;
		next.electricityKwh = electricityKwh;
		next.energyTce = energyTce;
		next.employees = employees;
		next.taxes = taxes;
		next.lines = new ArrayList<>(lines.stream().map(l -> l.counting(false)).toList());
		next.investments = new ArrayList<>(investments);
		next.explanations = new ArrayList<>(explanations);
		return next;
	}

	/**
	 * Replaces the figures of a draft or returned report.
	 *
	 * @throws RuleViolation if the report is locked
	 * @throws RuleViolations if a value is negative
	 */
	void edit(ReportContent content, ReviewRules rules) {
		if (!status.editable()) {
			throw new RuleViolation(null, "stats.report.locked");
		}
		reject(rules.checkDraft(content.figures()));
		lines = new ArrayList<>(content.lines()
			.stream()
			.map(l -> new ReportLine(parkId, enterpriseId, period, l.product(), l.production(), l.sales(),
					l.outputValue(), false))
			.toList());
		investments = new ArrayList<>(content.investments()
			.stream()
			.map(i -> new ReportInvestment(parkId, i.projectId(), i.amount()))
			.toList());
		explanations = new ArrayList<>();
		content.explanations().forEach((key, text) -> {
			if (text != null && !text.isBlank()) {
				explanations.add(new Explanation(parkId, key, text.strip()));
			}
		});
		outputValue = content.lines().isEmpty() ? null : content.figures().outputValue();
		electricityKwh = content.electricityKwh();
		energyTce = content.energyTce();
		employees = content.employees();
		taxes = content.taxes();
	}

	/**
	 * Submits the report as it stands, given what the rules found in it.
	 *
	 * @throws RuleViolations for each hard error and each warning without an acceptable explanation
	 */
	void submit(List<Finding> findings, ReviewRules rules, String by, Instant at) {
		if (!status.editable()) {
			throw new RuleViolation(null, "stats.report.notSubmittable");
		}
		List<RuleViolation> problems = new ArrayList<>();
		Map<String, String> explained = explanations();
		for (Finding f : findings) {
			if (f.hard()) {
				problems.add(new RuleViolation(f.field(), f.messageKey(), f.arguments().toArray()));
			}
			else if (!rules.acceptable(explained.get(f.key()))) {
				problems.add(new RuleViolation("explanations[" + f.key() + "]", "stats.report.explanationNeeded"));
			}
		}
		reject(problems.stream().toList());
		status = ReportStatus.SUBMITTED;
		submittedAt = at;
		submittedBy = by;
		returnReason = null;
	}

	void accept(String by, Instant at) {
		requireSubmitted();
		status = ReportStatus.ACCEPTED;
		reviewedAt = at;
		reviewedBy = by;
		lines = new ArrayList<>(lines.stream().map(l -> l.counting(true)).toList());
	}

	void returnWith(String reason, String by, Instant at) {
		requireSubmitted();
		if (reason.isBlank()) {
			throw new RuleViolation("reason", "stats.report.reasonNeeded");
		}
		status = ReportStatus.RETURNED;
		returnReason = reason.strip();
		reviewedAt = at;
		reviewedBy = by;
	}

	/** This accepted revision gives way to the accepted correction. */
	void supersede() {
		if (status != ReportStatus.ACCEPTED) {
			throw new IllegalStateException("only an accepted revision is superseded");
		}
		status = ReportStatus.SUPERSEDED;
		lines = new ArrayList<>(lines.stream().map(l -> l.counting(false)).toList());
	}

	private void requireSubmitted() {
		if (status != ReportStatus.SUBMITTED) {
			throw new RuleViolation(null, "stats.report.notSubmitted");
		}
	}

	private static void reject(List<?> problems) {
		if (problems.isEmpty()) {
			return;
		}
		List<RuleViolation> violations = problems.stream()
			.map(p -> p instanceof Finding f ? new RuleViolation(f.field(), f.messageKey(), f.arguments().toArray())
					: (RuleViolation) p)
			.toList();
		throw new RuleViolations(violations);
	}

	ReportFigures figures() {
		return new ReportFigures(
				lines.stream()
					.map(l -> new ReportFigures.Line(l.product(), l.production(), l.sales(), l.outputValue()))
					.toList(),
				electricityKwh, energyTce, employees, taxes);
	}

	Map<String, String> explanations() {
		Map<String, String> map = new LinkedHashMap<>();
		explanations.forEach(e -> map.put(e.rule(), e.text()));
		return map;
	}

	UUID id() {
		return id;
	}

	UUID parkId() {
		return parkId;
	}

	UUID enterpriseId() {
		return enterpriseId;
	}

	YearMonth period() {
		return YearMonth.from(period);
	}

	int revision() {
		return revision;
	}

	ReportStatus status() {
		return status;
	}

	/** This revision as another revision of the same month lists it. */
	ReportView.Revision asRevision() {
		return new ReportView.Revision(id, revision, status, outputValue, reviewedAt);
	}

	ReportView view(String enterpriseName, List<Finding> findings, List<ReportView.Revision> revisions) {
		return new ReportView(id, parkId, enterpriseId, enterpriseName, period(), revision, status, outputValue,
				electricityKwh, energyTce, employees, taxes,
				lines.stream()
					.map(l -> new ReportView.Line(l.product(), l.production(), l.sales(), l.outputValue()))
					.toList(),
				investments.stream().map(i -> new ReportView.Investment(i.projectId(), i.amount())).toList(),
				explanations(), findings, returnReason, origin, synthetic, createdAt, createdBy, submittedAt,
				submittedBy, reviewedAt, reviewedBy, revisions, version == null ? 0 : version);
	}

	long version() {
		return version == null ? 0 : version;
	}

}
