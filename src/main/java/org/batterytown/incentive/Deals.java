package org.batterytown.incentive;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.batterytown.stats.FiguresView;
import org.batterytown.stats.Measure;
import org.batterytown.stats.StatsFigures;
import org.batterytown.stats.figures.PeriodKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case-by-case deals and their ledger. The zone's staff draft, sign and record fulfilment; leaders read
 * the park's; an enterprise reads its own deals. Each commitment is checked as of today: investment
 * against the registry, output and taxes against the statistics of the due date's year up to its month
 * (or up to now while that is ahead), jobs and other promises against what staff recorded.
 */
@Service
@Transactional
public class Deals {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final DealRepository deals;

	private final EnterpriseManagement enterprises;

	private final ProjectManagement projects;

	private final StatsFigures figures;

	private final IncentiveSettings settings;

	private final Clock clock;

	Deals(DealRepository deals, EnterpriseManagement enterprises, ProjectManagement projects, StatsFigures figures,
			IncentiveSettings settings, Clock clock) {
		this.deals = deals;
		this.enterprises = enterprises;
		this.projects = projects;
		this.figures = figures;
		this.settings = settings;
		this.clock = clock;
	}

	/** @throws RuleViolations naming every missing or wrong field; nothing is stored then */
	public UUID draft(Actor actor, DealDraft d) {
		if (actor.role() != Role.ADMIN && actor.role() != Role.STAFF) {
			throw new NotAllowed("deal");
		}
		List<RuleViolation> found = new ArrayList<>();
		EnterpriseView enterprise = null;
		if (d.enterpriseId() == null) {
			found.add(new RuleViolation("enterpriseId", "ticket.enterpriseRequired"));
		}
		else {
			enterprise = enterprises.get(actor, new EnterpriseId(d.enterpriseId()));
			if (!actor.actsForZone(enterprise.parkId().value())) {
				throw new NotAllowed("deal");
			}
		}
		if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 200) {
			found.add(new RuleViolation("title", "ticket.titleRequired"));
		}
		if (d.content() == null || d.content().isBlank() || d.content().strip().length() > 4000) {
			found.add(new RuleViolation("content", "deal.contentRequired"));
		}
		if (d.benefitKind() == null) {
			found.add(new RuleViolation("benefitKind", "deal.kindRequired"));
		}
		if (d.amount() != null && d.amount().signum() < 0) {
			found.add(new RuleViolation("amount", "lead.negative"));
		}
		if (d.projectId() != null && d.enterpriseId() != null && !projects.get(Actor.system(),
				new ProjectId(d.projectId())).enterpriseId().value().equals(d.enterpriseId())) {
			found.add(new RuleViolation("projectId", "ticket.projectNotOwn"));
		}
		List<CommitmentDraft> commitments = d.commitments() == null ? List.of() : d.commitments();
		for (int i = 0; i < commitments.size(); i++) {
			CommitmentDraft c = commitments.get(i);
			String at = "commitments[" + i + "].";
			if (c.side() == null) {
				found.add(new RuleViolation(at + "side", "deal.commitment.sideRequired"));
			}
			if (c.kind() == null) {
				found.add(new RuleViolation(at + "kind", "deal.commitment.kindRequired"));
			}
			if (c.description() == null || c.description().isBlank()) {
				found.add(new RuleViolation(at + "description", "deal.commitment.descriptionRequired"));
			}
			if (c.dueOn() == null) {
				found.add(new RuleViolation(at + "dueOn", "deal.commitment.dueRequired"));
			}
			if (c.target() != null && c.target().signum() < 0) {
				found.add(new RuleViolation(at + "target", "lead.negative"));
			}
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		return deals.save(Deal.draft(enterprise.parkId().value(), d.enterpriseId(), d, actor.username(),
				clock.instant())).id();
	}

	/** @throws RuleViolations naming what the deal misses to be signed (legal basis, review record); nothing changes then */
	public DealView sign(Actor actor, UUID id, long expectedVersion) {
		Deal deal = workable(actor, id, expectedVersion);
		deal.sign(today());
		return view(deals.save(deal));
	}

	/** Sets a draft's legal basis and review record; the gate checks them at signing. */
	public DealView recordBasis(Actor actor, UUID id, ReviewRecord record, long expectedVersion) {
		Deal deal = workable(actor, id, expectedVersion);
		deal.recordBasis(record);
		return view(deals.save(deal));
	}

	/** Records a commitment's fulfilment: the day it was met and, for one without a figure source, the actual. */
	public DealView recordFulfilment(Actor actor, UUID id, int position, @Nullable LocalDate fulfilledOn,
			@Nullable BigDecimal actual, long expectedVersion) {
		Deal deal = workable(actor, id, expectedVersion);
		if (fulfilledOn != null && fulfilledOn.isAfter(today())) {
			throw new RuleViolation("fulfilledOn", "approval.dateInFuture");
		}
		if (actual != null && actual.signum() < 0) {
			throw new RuleViolation("actual", "lead.negative");
		}
		deal.recordFulfilment(position, fulfilledOn, actual);
		return view(deals.save(deal));
	}

	@Transactional(readOnly = true)
	public DealView get(Actor actor, UUID id) {
		return view(readable(actor, id));
	}

	@Transactional(readOnly = true)
	public List<DealView> ofPark(Actor actor, UUID parkId) {
		if (!actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		return deals.findByParkIdOrderByCreatedAtDesc(parkId).stream()
			.filter(d -> actor.canRead(d.parkId(), d.enterpriseId()))
			.map(this::view)
			.toList();
	}

	private Deal workable(Actor actor, UUID id, long expectedVersion) {
		Deal deal = readable(actor, id);
		if (!actor.actsForZone(deal.parkId())) {
			throw new NotAllowed("deal");
		}
		if (deal.version() != expectedVersion) {
			throw new StaleVersion("deal", id);
		}
		return deal;
	}

	private Deal readable(Actor actor, UUID id) {
		return deals.findById(id).filter(d -> actor.canRead(d.parkId(), d.enterpriseId()))
			.orElseThrow(() -> new NotFound("deal", id));
	}

	private DealView view(Deal deal) {
		LocalDate today = today();
		List<DealView.Line> lines = new ArrayList<>();
		List<Commitment> commitments = deal.commitments();
		for (int i = 0; i < commitments.size(); i++) {
			Commitment c = commitments.get(i);
			Actual actual = actual(deal, c, today);
			CommitmentCheck.Result check = CommitmentCheck.of(c.side(),
					c.target() == null ? null : c.target().doubleValue(), actual.value(), c.fulfilledOn(), c.dueOn(),
					c.clawback(), deal.amount() == null ? null : deal.amount().doubleValue(), today, settings.warnDays());
			lines.add(new DealView.Line(i, c.side(), c.kind(), c.description(), c.target(), c.dueOn(), c.clawback(),
					actual.value(), actual.basis(), c.fulfilledOn(), check.state(), check.clawback()));
		}
		return deal.view(enterprises.get(Actor.system(), new EnterpriseId(deal.enterpriseId())).name(), lines);
	}

	private record Actual(@Nullable Double value, @Nullable String basis) {
	}

	private Actual actual(Deal deal, Commitment c, LocalDate today) {
		if (c.recordedActual() != null) {
			return new Actual(c.recordedActual().doubleValue(), "recorded");
		}
		return switch (c.kind()) {
			case INVESTMENT -> {
				if (deal.projectId() == null) {
					yield new Actual(null, null);
				}
				ProjectView project = projects.get(Actor.system(), new ProjectId(deal.projectId()));
				yield new Actual(project.totalInvestment() == null ? null : project.totalInvestment().doubleValue(),
						"registry");
			}
			case OUTPUT, TAX -> {
				YearMonth due = YearMonth.from(c.dueOn());
				YearMonth last = YearMonth.from(today).minusMonths(1);
				YearMonth month = due.isAfter(last) ? last : due;
				if (month.getYear() != due.getYear()) {
					yield new Actual(null, null);
				}
				FiguresView view = figures.of(Actor.system(), deal.parkId(), deal.enterpriseId(),
						PeriodKind.YEAR_TO_DATE, month, null);
				FiguresView.MeasureFigures m = view.measure(c.kind() == CommitmentKind.OUTPUT ? Measure.OUTPUT_VALUE
						: Measure.TAXES);
				yield m.yearOnYear().currentCount() == 0 ? new Actual(null, null)
						: new Actual(m.yearOnYear().current().doubleValue(), "statistics:" + month);
			}
			case JOBS, OTHER -> new Actual(null, null);
		};
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

}
