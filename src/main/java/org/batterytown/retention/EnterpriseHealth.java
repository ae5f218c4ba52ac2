package org.batterytown.retention;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.feedback.TicketView;
import org.batterytown.feedback.Tickets;
import org.batterytown.incentive.CommitmentState;
import org.batterytown.incentive.DealView;
import org.batterytown.incentive.Deals;
import org.batterytown.shared.Actor;
import org.batterytown.shared.LocalizedText;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.stats.ChasingRow;
import org.batterytown.stats.FiguresView;
import org.batterytown.stats.StatsChasing;
import org.batterytown.stats.StatsFigures;
import org.batterytown.stats.figures.PeriodKind;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early warning: each enterprise's health computed from its statistics (output value and electricity
 * falling, low utilization, late reports), its tickets overdue, its deals' commitments missed and its
 * open survey red flags, by {@link HealthRules}; ranked by score. The zone and its leaders see the
 * park's ranking; an enterprise user sees its own enterprise only.
 */
@Service
@Transactional(readOnly = true)
public class EnterpriseHealth {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final EnterpriseManagement enterprises;

	private final StatsFigures figures;

	private final StatsChasing chasing;

	private final Tickets tickets;

	private final Deals deals;

	private final FollowUps followUps;

	private final Surveys surveys;

	private final RetentionSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	EnterpriseHealth(EnterpriseManagement enterprises, StatsFigures figures, StatsChasing chasing, Tickets tickets,
			Deals deals, FollowUps followUps, Surveys surveys, RetentionSettings settings, MessageSource messages,
			Clock clock) {
		this.enterprises = enterprises;
		this.figures = figures;
		this.chasing = chasing;
		this.tickets = tickets;
		this.deals = deals;
		this.followUps = followUps;
		this.surveys = surveys;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	/** Every enterprise of the park with at least one signal, highest score first. */
	public List<HealthView> ranking(Actor actor, UUID parkId) {
		if (!actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		List<EnterpriseView> of = enterprises.list(Actor.system()).stream()
			.filter(e -> e.parkId().value().equals(parkId))
			.filter(e -> actor.role() != Role.ENTERPRISE || e.id().value().equals(actor.enterpriseId()))
			.toList();
		ParkFacts park = new ParkFacts(parkId);
		return of.stream()
			.map(park::health)
			.filter(h -> !h.signals().isEmpty())
			.sorted(Comparator.comparingInt(HealthView::score).reversed().thenComparing(h -> h.enterpriseName().zh()))
			.toList();
	}

	/** Those whose score reaches {@code batterytown.retention.at-risk-score}: the dashboard's and the report's list. */
	public List<HealthView> atRisk(Actor actor, UUID parkId) {
		return ranking(actor, parkId).stream().filter(HealthView::atRisk).toList();
	}

	public HealthView of(Actor actor, UUID enterpriseId) {
		EnterpriseView enterprise = enterprises.get(actor, new org.batterytown.enterprise.EnterpriseId(enterpriseId));
		UUID parkId = enterprise.parkId().value();
		if (!actor.canRead(parkId, enterpriseId)) {
			throw new NotFound("enterprise", enterpriseId);
		}
		return new ParkFacts(parkId).health(enterprise);
	}

	/** What is read once per park: reporting, tickets, deals, red flags and the month of the figures. */
	private final class ParkFacts {

		private final UUID parkId;

		private final Map<UUID, List<HealthFacts.LateMonth>> late = new HashMap<>();

		private final Map<UUID, List<TicketView>> overdue = new HashMap<>();

		private final Map<UUID, List<String>> missed = new HashMap<>();

		private final Map<UUID, List<HealthFacts.RedFlag>> flags = new HashMap<>();

		private final YearMonth month;

		ParkFacts(UUID parkId) {
			this.parkId = parkId;
			Actor system = Actor.system();
			LocalDate today = LocalDate.now(clock);
			YearMonth last = YearMonth.from(today).minusMonths(1);
			while (!chasing.dueDate(last).isBefore(today)) {
				last = last.minusMonths(1);
			}
			YearMonth first = last.minusMonths(settings.lateWindowMonths() - 1L);
			chasing.of(system, parkId, first, last).forEach((m, rows) -> {
				for (ChasingRow row : rows) {
					if (row.daysOverdue() != null && row.daysOverdue() > 0) {
						late.computeIfAbsent(row.enterpriseId(), k -> new ArrayList<>())
							.add(new HealthFacts.LateMonth(m, row.daysOverdue(), row.owesReport()));
					}
				}
			});
			late.values().forEach(l -> l.sort(Comparator.comparing(HealthFacts.LateMonth::month)));
			for (TicketView t : tickets.list(system, parkId)) {
				if (t.overdue()) {
					overdue.computeIfAbsent(t.enterpriseId(), k -> new ArrayList<>()).add(t);
				}
			}
			for (DealView d : deals.ofPark(system, parkId)) {
				d.commitments().stream()
					.filter(c -> c.state() == CommitmentState.MISSED)
					.forEach(c -> missed.computeIfAbsent(d.enterpriseId(), k -> new ArrayList<>())
						.add(d.title() + "：" + c.description()));
			}
			Map<String, Integer> weights = new HashMap<>();
			surveys.rules().forEach(r -> weights.put(r.code(), r.weight()));
			for (FollowUp f : followUps.open(parkId)) {
				if (f.origin() == FollowUpOrigin.SURVEY_RED_FLAG) {
					flags.computeIfAbsent(f.enterpriseId(), k -> new ArrayList<>())
						.add(new HealthFacts.RedFlag(f.title(), weights.getOrDefault(f.ruleCode(), 1)));
				}
			}
			FiguresView park = figures.of(system, parkId, null, PeriodKind.MONTH, null, null);
			// a report of a month not yet over says nothing of a trend
			YearMonth latest = park.period().to();
			YearMonth lastOver = YearMonth.from(today).minusMonths(1);
			this.month = latest.isAfter(lastOver) ? lastOver : latest;
		}

		HealthView health(EnterpriseView enterprise) {
			UUID id = enterprise.id().value();
			FiguresView view = figures.of(Actor.system(), parkId, id, PeriodKind.MONTH, month, null);
			List<HealthFacts.MonthValue> output = new ArrayList<>();
			List<HealthFacts.MonthValue> electricity = new ArrayList<>();
			List<HealthView.TrendPoint> trend = new ArrayList<>();
			for (FiguresView.TrendPoint p : view.trend()) {
				trend.add(new HealthView.TrendPoint(p.month(), p.outputValue(), p.electricityKwh()));
				if (p.reports() > 0 && p.outputValue() != null) {
					output.add(new HealthFacts.MonthValue(p.month(), p.outputValue()));
				}
				if (p.reports() > 0 && p.electricityKwh() != null) {
					electricity.add(new HealthFacts.MonthValue(p.month(), p.electricityKwh()));
				}
			}
			List<HealthFacts.ProductUse> utilization = view.products().stream()
				.filter(p -> p.utilization() != null && p.production().currentCount() > 0)
				.map(p -> new HealthFacts.ProductUse(p.product().name(), p.utilization()))
				.toList();
			List<TicketView> overdueTickets = overdue.getOrDefault(id, List.of());
			HealthFacts facts = new HealthFacts(output, electricity, utilization, late.getOrDefault(id, List.of()),
					overdueTickets.size(),
					overdueTickets.stream().mapToInt(t -> t.overdueDays() == null ? 0 : t.overdueDays()).max().orElse(0),
					missed.getOrDefault(id, List.of()), flags.getOrDefault(id, List.of()));
			List<Signal> signals = new HealthRules(settings).signals(facts);
			int score = signals.stream().mapToInt(Signal::weight).sum();
			return new HealthView(id, enterprise.name(), score, score >= settings.atRiskScore(),
					signals.stream().map(this::explained).toList(), trend, change(output));
		}

		private HealthView.SignalView explained(Signal signal) {
			Object[] args = signal.arguments().stream().map(a -> a instanceof String s && isProduct(s)
					? (Object) messages.getMessage("product." + s, null, s, ZH) : a).toArray();
			Object[] argsEn = signal.arguments().stream().map(a -> a instanceof String s && isProduct(s)
					? (Object) messages.getMessage("product." + s, null, s, Locale.ENGLISH) : a).toArray();
			String key = "health.signal." + signal.kind();
			return new HealthView.SignalView(signal.kind(), signal.weight(),
					new LocalizedText(messages.getMessage(key, args, ZH), messages.getMessage(key, argsEn, Locale.ENGLISH)));
		}

		private boolean isProduct(String text) {
			try {
				org.batterytown.project.Product.valueOf(text);
				return true;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

		private static Double change(List<HealthFacts.MonthValue> output) {
			if (output.size() < 4) {
				return null;
			}
			HealthFacts.MonthValue last = output.get(output.size() - 1);
			HealthFacts.MonthValue before = output.stream().filter(m -> m.month().equals(last.month().minusMonths(3)))
				.findFirst().orElse(null);
			if (before == null || before.value().signum() == 0) {
				return null;
			}
			return last.value().subtract(before.value()).doubleValue() / before.value().doubleValue();
		}

	}

}
