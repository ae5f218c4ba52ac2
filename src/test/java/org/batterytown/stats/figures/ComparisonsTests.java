package org.batterytown.stats.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ComparisonsTests {

	private final UUID a = UUID.randomUUID();

	private final UUID b = UUID.randomUUID();

	private final UUID entered = UUID.randomUUID();

	private final UUID left = UUID.randomUUID();

	@Test
	void sameSetGrowthLeavesOutAnEnterpriseThatEnteredDuringTheYear() {
		// 1—12 月 2023 against 2022, in 万元: A 100 → 120, B 100 → 90, and a plant that started producing in
		// July 2023 with 60. All together +35 %; the two that were there both years only +5 %.
		Comparison c = Comparisons.compare(Map.of(a, amount(120), b, amount(90), entered, amount(60)),
				Map.of(a, amount(100), b, amount(100)));

		assertThat(c.current()).isEqualByComparingTo("270");
		assertThat(c.base()).isEqualByComparingTo("200");
		assertThat(c.fullGrowth()).isCloseTo(0.35, within(1e-9));
		assertThat(c.sameCurrent()).isEqualByComparingTo("210");
		assertThat(c.sameBase()).isEqualByComparingTo("200");
		assertThat(c.sameGrowth()).isCloseTo(0.05, within(1e-9));
		assertThat(c.entering()).containsExactly(new Comparison.Share(entered, amount(60)));
		assertThat(c.leaving()).isEmpty();
		assertThat(c.currentCount()).isEqualTo(3);
		assertThat(c.sameCount()).isEqualTo(2);
	}

	@Test
	void anEnterpriseThatLeftCountsInTheFullBaseButNotInTheSameSet() {
		Comparison c = Comparisons.compare(Map.of(a, amount(120), b, amount(90)),
				Map.of(a, amount(100), b, amount(100), left, amount(50)));

		assertThat(c.fullGrowth()).isCloseTo(210.0 / 250 - 1, within(1e-9));
		assertThat(c.sameGrowth()).isCloseTo(0.05, within(1e-9));
		assertThat(c.leaving()).containsExactly(new Comparison.Share(left, amount(50)));
	}

	@Test
	void pullPointsOfTheSameSetAddUpToItsGrowth() {
		Comparison c = Comparisons.compare(Map.of(a, amount(120), b, amount(90), entered, amount(60)),
				Map.of(a, amount(100), b, amount(100)));

		assertThat(c.pullPoints().get(a)).isCloseTo(10.0, within(1e-9));
		assertThat(c.pullPoints().get(b)).isCloseTo(-5.0, within(1e-9));
		assertThat(c.pullPoints().values().stream().mapToDouble(Double::doubleValue).sum())
			.isCloseTo(c.sameGrowth() * 100, within(1e-9));
		assertThat(c.pullPoints()).doesNotContainKey(entered);
	}

	@Test
	void anUnknownFigureIsNoFigureAndAZeroBaseHasNoGrowth() {
		Map<UUID, BigDecimal> now = new HashMap<>();
		now.put(a, amount(10));
		now.put(b, null);
		Comparison c = Comparisons.compare(now, Map.of(a, BigDecimal.ZERO));

		assertThat(c.currentCount()).isEqualTo(1);
		assertThat(c.fullGrowth()).isNull();
		assertThat(c.sameGrowth()).isNull();
	}

	@Test
	void periodsCompareWithTheSameMonthsAYearEarlierAndThePeriodBefore() {
		Period q = Period.of(PeriodKind.QUARTER, YearMonth.of(2023, 5));
		assertThat(q.from()).isEqualTo(YearMonth.of(2023, 4));
		assertThat(q.to()).isEqualTo(YearMonth.of(2023, 6));
		assertThat(q.previous()).isEqualTo(new Period(PeriodKind.QUARTER, YearMonth.of(2023, 1), YearMonth.of(2023, 3)));
		Period ytd = Period.of(PeriodKind.YEAR_TO_DATE, YearMonth.of(2023, 6));
		assertThat(ytd.monthCount()).isEqualTo(6);
		assertThat(ytd.yearEarlier().from()).isEqualTo(YearMonth.of(2022, 1));
		assertThat(ytd.previous()).isNull();
		assertThat(Period.of(PeriodKind.MONTH, YearMonth.of(2023, 1)).previous().from())
			.isEqualTo(YearMonth.of(2022, 12));
		assertThat(Period.of(PeriodKind.YEAR, YearMonth.of(2023, 3)).to()).isEqualTo(YearMonth.of(2023, 12));
	}

	private static BigDecimal amount(int value) {
		return BigDecimal.valueOf(value);
	}

}
