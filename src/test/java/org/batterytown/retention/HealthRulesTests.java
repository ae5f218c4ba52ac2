package org.batterytown.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The early-warning rules on a test set of monthly figures. */
class HealthRulesTests {

	private final HealthRules rules = new HealthRules(RetentionSettings.defaults());

	/** Output value 10, 11, 12, 11.5, 10.8, 9.0 million: up, then falling three months running. */
	private static final long[] FALLING = { 10_000_000, 11_000_000, 12_000_000, 11_500_000, 10_800_000, 9_000_000 };

	/** Output value around 10 million, never three decreases in a row. */
	private static final long[] STEADY = { 10_000_000, 10_200_000, 9_900_000, 10_100_000, 10_050_000, 10_300_000 };

	@Test
	void outputFallingThreeMonthsRunningAndLateReportsAreFlaggedWithBothReasons() {
		HealthFacts facts = facts(FALLING, List.of(late("2026-08", 6), late("2026-09", 12), owed("2026-10")));

		List<Signal> signals = rules.signals(facts);

		assertThat(signals).extracting(Signal::kind)
			.containsExactlyInAnyOrder(SignalKind.OUTPUT_FALLING, SignalKind.LATE_REPORTS);
		Signal falling = signals.stream().filter(s -> s.kind() == SignalKind.OUTPUT_FALLING).findFirst().orElseThrow();
		// three months: from 2026-07 (12.0 million) to 2026-10 (9.0 million), -25%
		assertThat(falling.arguments()).containsExactly(3, "2026-07", "2026-10", "-25.0%");
		Signal late = signals.stream().filter(s -> s.kind() == SignalKind.LATE_REPORTS).findFirst().orElseThrow();
		assertThat(late.arguments()).containsExactly(3, 3, "2026-08 (+6), 2026-09 (+12), 2026-10 (—)");
		assertThat(signals.stream().mapToInt(Signal::weight).sum()).isEqualTo(3);
	}

	@Test
	void steadyFiguresReportedOnTimeRaiseNoSignal() {
		assertThat(rules.signals(facts(STEADY, List.of()))).isEmpty();
	}

	@Test
	void twoDecreasesOrAGapInTheMonthsAreNotThreeMonthsRunning() {
		long[] twoDown = { 10_000_000, 12_000_000, 11_000_000, 10_000_000 };
		assertThat(rules.signals(facts(twoDown, List.of()))).isEmpty();
		List<HealthFacts.MonthValue> gap = new ArrayList<>(series(FALLING));
		gap.remove(4); // 2026-09 not reported: the months are no longer consecutive
		HealthFacts facts = new HealthFacts(gap, List.of(), List.of(), List.of(), 0, 0, List.of(), List.of());
		assertThat(rules.signals(facts)).isEmpty();
	}

	@Test
	void theThresholdsAreSettings() {
		RetentionSettings stricter = new RetentionSettings(4, 0.5, 3, 1, null, null, null, null, null);
		List<Signal> signals = new HealthRules(stricter).signals(facts(FALLING, List.of(late("2026-10", 2))));
		// falling three months is not four; one late month is enough when the setting says one
		assertThat(signals).extracting(Signal::kind).containsExactly(SignalKind.LATE_REPORTS);
	}

	@Test
	void oneLateMonthIsNotEnoughByDefault() {
		assertThat(rules.signals(facts(STEADY, List.of(late("2026-10", 3))))).isEmpty();
	}

	@Test
	void lowUtilizationTicketsCommitmentsAndRedFlagsEachSayWhy() {
		HealthFacts facts = new HealthFacts(series(STEADY), List.of(),
				List.of(new HealthFacts.ProductUse("ANODE_FINISHED", 0.32), new HealthFacts.ProductUse("GRAPHITIZATION_TOLL", 0.8)),
				List.of(), 2, 7, List.of("电价优惠协议：年产值不低于 5 亿元"), List.of(new HealthFacts.RedFlag("考虑迁出", 3)));

		List<Signal> signals = rules.signals(facts);

		assertThat(signals).extracting(Signal::kind).containsExactly(SignalKind.LOW_UTILIZATION,
				SignalKind.TICKETS_OVERDUE, SignalKind.COMMITMENTS_MISSED, SignalKind.SURVEY_RED_FLAG);
		assertThat(signals.get(0).arguments()).containsExactly("ANODE_FINISHED", "32%", "50%");
		assertThat(signals.get(1).arguments()).containsExactly(2, 7);
		assertThat(signals.get(3).weight()).isEqualTo(3);
		assertThat(signals.stream().mapToInt(Signal::weight).sum()).isEqualTo(1 + 1 + 2 + 3);
	}

	private static HealthFacts facts(long[] output, List<HealthFacts.LateMonth> late) {
		return new HealthFacts(series(output), List.of(), List.of(), late, 0, 0, List.of(), List.of());
	}

	/** Monthly values ending 2026-10. */
	private static List<HealthFacts.MonthValue> series(long[] values) {
		YearMonth first = YearMonth.of(2026, 10).minusMonths(values.length - 1);
		List<HealthFacts.MonthValue> series = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			series.add(new HealthFacts.MonthValue(first.plusMonths(i), BigDecimal.valueOf(values[i])));
		}
		return series;
	}

	private static HealthFacts.LateMonth late(String month, long days) {
		return new HealthFacts.LateMonth(YearMonth.parse(month), days, false);
	}

	private static HealthFacts.LateMonth owed(String month) {
		return new HealthFacts.LateMonth(YearMonth.parse(month), 20, true);
	}

}
