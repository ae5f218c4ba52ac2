package org.batterytown.retention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The early-warning rules, pure: facts and thresholds in, signals with what explains them out. The
 * thresholds come from {@link RetentionSettings}; none is a published standard.
 */
final class HealthRules {

	private final RetentionSettings settings;

	HealthRules(RetentionSettings settings) {
		this.settings = settings;
	}

	List<Signal> signals(HealthFacts facts) {
		List<Signal> signals = new ArrayList<>();
		falling(facts.output(), SignalKind.OUTPUT_FALLING, signals);
		falling(facts.electricity(), SignalKind.ELECTRICITY_FALLING, signals);
		for (HealthFacts.ProductUse use : facts.utilization()) {
			if (use.utilization() < settings.utilizationBelow()) {
				signals.add(new Signal(SignalKind.LOW_UTILIZATION, SignalKind.LOW_UTILIZATION.weight(),
						List.of(use.product(), percent(use.utilization()), percent(settings.utilizationBelow()))));
			}
		}
		if (facts.late().size() >= settings.lateMonths()) {
			String months = facts.late().stream()
				.map(l -> l.month() + (l.owed() ? " (—)" : " (+" + l.daysOverdue() + ")"))
				.collect(Collectors.joining(", "));
			signals.add(new Signal(SignalKind.LATE_REPORTS, SignalKind.LATE_REPORTS.weight(),
					List.of(facts.late().size(), settings.lateWindowMonths(), months)));
		}
		if (facts.overdueTickets() > 0) {
			signals.add(new Signal(SignalKind.TICKETS_OVERDUE, SignalKind.TICKETS_OVERDUE.weight(),
					List.of(facts.overdueTickets(), facts.maxOverdueDays())));
		}
		if (!facts.missedCommitments().isEmpty()) {
			signals.add(new Signal(SignalKind.COMMITMENTS_MISSED, SignalKind.COMMITMENTS_MISSED.weight(),
					List.of(facts.missedCommitments().size(), String.join("；", facts.missedCommitments()))));
		}
		for (HealthFacts.RedFlag flag : facts.redFlags()) {
			signals.add(new Signal(SignalKind.SURVEY_RED_FLAG, flag.weight(), List.of(flag.title())));
		}
		return signals;
	}

	/**
	 * A value falling {@code fallingMonths} months running: the last that many month-on-month changes,
	 * over consecutive reported months, are all decreases.
	 */
	private void falling(List<HealthFacts.MonthValue> series, SignalKind kind, List<Signal> signals) {
		int months = settings.fallingMonths();
		if (series.size() < months + 1) {
			return;
		}
		List<HealthFacts.MonthValue> tail = series.subList(series.size() - months - 1, series.size());
		for (int i = 1; i < tail.size(); i++) {
			HealthFacts.MonthValue before = tail.get(i - 1);
			HealthFacts.MonthValue now = tail.get(i);
			if (!now.month().equals(before.month().plusMonths(1)) || now.value().compareTo(before.value()) >= 0) {
				return;
			}
		}
		HealthFacts.MonthValue first = tail.get(0);
		HealthFacts.MonthValue last = tail.get(tail.size() - 1);
		String change = first.value().signum() == 0 ? "—"
				: last.value().subtract(first.value()).multiply(BigDecimal.valueOf(100))
					.divide(first.value(), 1, RoundingMode.HALF_UP).toPlainString() + "%";
		signals.add(new Signal(kind, kind.weight(), List.of(months, first.month().toString(), last.month().toString(), change)));
	}

	private static String percent(double share) {
		return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
	}

}
