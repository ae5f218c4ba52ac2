package org.batterytown.incentive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.stats.FiguresView;
import org.batterytown.stats.Measure;
import org.batterytown.stats.StatsFigures;
import org.batterytown.stats.figures.PeriodKind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policy library of a park, the enterprises enrolled in each policy, and the monthly benefit of a
 * power-price policy computed from each enterprise's reported electricity.
 */
@Service
@Transactional
public class Policies {

	private final JdbcClient jdbc;

	private final EnterpriseManagement enterprises;

	private final StatsFigures figures;

	private final Clock clock;

	Policies(JdbcClient jdbc, EnterpriseManagement enterprises, StatsFigures figures, Clock clock) {
		this.jdbc = jdbc;
		this.enterprises = enterprises;
		this.figures = figures;
		this.clock = clock;
	}

	/** @throws RuleViolations naming every missing or wrong field; nothing is stored then */
	public UUID create(Actor actor, PolicyDraft d) {
		if ((actor.role() != Role.ADMIN && actor.role() != Role.STAFF)
				|| (d.parkId() != null && !actor.actsForZone(d.parkId()))) {
			throw new NotAllowed("policy");
		}
		List<RuleViolation> found = new ArrayList<>();
		if (d.parkId() == null) {
			found.add(new RuleViolation("parkId", "lead.parkRequired"));
		}
		if (d.name() == null || d.name().isBlank()) {
			found.add(new RuleViolation("name", "policy.nameRequired"));
		}
		if (d.kind() == null) {
			found.add(new RuleViolation("kind", "policy.kindRequired"));
		}
		if (d.eligibility() == null || d.eligibility().isBlank()) {
			found.add(new RuleViolation("eligibility", "policy.eligibilityRequired"));
		}
		if (d.basis() == null || d.basis().isBlank()) {
			found.add(new RuleViolation("basis", "policy.basisRequired"));
		}
		if (d.reductionPerKwh() != null && d.reductionPerKwh().signum() < 0) {
			found.add(new RuleViolation("reductionPerKwh", "lead.negative"));
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into incentive_policy (id, park_id, name, kind, eligibility, reduction_per_kwh, basis, grade,
				    created_at, created_by)
				values (:id, :park, :name, :kind, :eligibility, :reduction, :basis, :grade, :at, :by)""")
			.param("id", id).param("park", d.parkId()).param("name", d.name().strip()).param("kind", d.kind().name())
			.param("eligibility", d.eligibility().strip()).param("reduction", d.reductionPerKwh())
			.param("basis", d.basis().strip()).param("grade", String.valueOf(d.grade() == null ? 'I' : d.grade()))
			.param("at", Timestamp.from(clock.instant())).param("by", actor.username()).update();
		return id;
	}

	/** Enrols an enterprise of the park from a month on (again: moves its start). */
	public void enrol(Actor actor, UUID policyId, @Nullable UUID enterpriseId, @Nullable YearMonth from) {
		PolicyView policy = get(actor, policyId);
		if (!actor.actsForZone(policy.parkId())) {
			throw new NotAllowed("policy");
		}
		if (enterpriseId == null) {
			throw new RuleViolation("enterpriseId", "ticket.enterpriseRequired");
		}
		if (from == null) {
			throw new RuleViolation("from", "policy.fromRequired");
		}
		if (!enterprises.get(actor, new EnterpriseId(enterpriseId)).parkId().value().equals(policy.parkId())) {
			throw new RuleViolation("enterpriseId", "ticket.enterpriseRequired");
		}
		jdbc.sql("""
				insert into incentive_enrolment (policy_id, enterprise_id, from_month) values (:policy, :enterprise, :from)
				on conflict (policy_id, enterprise_id) do update set from_month = excluded.from_month""")
			.param("policy", policyId).param("enterprise", enterpriseId).param("from", Date.valueOf(from.atDay(1)))
			.update();
	}

	@Transactional(readOnly = true)
	public List<PolicyView> ofPark(Actor actor, UUID parkId) {
		if (actor.role() == Role.ENTERPRISE || !actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		return jdbc.sql("select id from incentive_policy where park_id = :park order by created_at")
			.param("park", parkId).query(UUID.class).list().stream().map(id -> get(actor, id)).toList();
	}

	@Transactional(readOnly = true)
	public PolicyView get(Actor actor, UUID id) {
		PolicyView policy = jdbc.sql("select * from incentive_policy where id = :id").param("id", id)
			.query((rs, n) -> new PolicyView(rs.getObject("id", UUID.class), rs.getObject("park_id", UUID.class),
					rs.getString("name"), PolicyKind.valueOf(rs.getString("kind")), rs.getString("eligibility"),
					rs.getBigDecimal("reduction_per_kwh"), rs.getString("basis"), rs.getString("grade").charAt(0),
					List.of()))
			.optional()
			.filter(p -> actor.role() != Role.ENTERPRISE && actor.canSeePark(p.parkId()))
			.orElseThrow(() -> new NotFound("policy", id));
		List<PolicyView.Enrolment> enrolled = jdbc
			.sql("select enterprise_id, from_month from incentive_enrolment where policy_id = :id order by from_month")
			.param("id", id)
			.query((rs, n) -> {
				UUID enterprise = rs.getObject("enterprise_id", UUID.class);
				return new PolicyView.Enrolment(enterprise,
						enterprises.get(Actor.system(), new EnterpriseId(enterprise)).name(),
						YearMonth.from(rs.getDate("from_month").toLocalDate()));
			})
			.list();
		return new PolicyView(policy.id(), policy.parkId(), policy.name(), policy.kind(), policy.eligibility(),
				policy.reductionPerKwh(), policy.basis(), policy.grade(), enrolled);
	}

	/**
	 * Each enrolled enterprise's benefit in the months of a year up to last month: reported electricity ×
	 * reduction, from its enrolment month on.
	 */
	@Transactional(readOnly = true)
	public List<BenefitRow> benefits(Actor actor, UUID policyId, int year) {
		PolicyView policy = get(actor, policyId);
		YearMonth last = YearMonth.now(clock).minusMonths(1);
		List<BenefitRow> rows = new ArrayList<>();
		for (PolicyView.Enrolment e : policy.enrolments()) {
			List<BenefitRow.Month> months = new ArrayList<>();
			BigDecimal total = null;
			for (int m = 1; m <= 12; m++) {
				YearMonth month = YearMonth.of(year, m);
				if (month.isAfter(last) || month.isBefore(e.from())) {
					continue;
				}
				FiguresView.MeasureFigures electricity = figures.of(Actor.system(), policy.parkId(), e.enterpriseId(),
						PeriodKind.MONTH, month, null).measure(Measure.ELECTRICITY);
				BigDecimal kwh = electricity.yearOnYear().currentCount() == 0 ? null : electricity.yearOnYear().current();
				BigDecimal benefit = kwh == null || policy.reductionPerKwh() == null ? null
						: kwh.multiply(policy.reductionPerKwh()).setScale(2, RoundingMode.HALF_UP);
				months.add(new BenefitRow.Month(month, kwh, benefit));
				if (benefit != null) {
					total = total == null ? benefit : total.add(benefit);
				}
			}
			rows.add(new BenefitRow(e.enterpriseId(), e.name(), months, total));
		}
		return rows;
	}

}
