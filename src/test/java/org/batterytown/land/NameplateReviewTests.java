package org.batterytown.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A 200-mu anode parcel reviewed against its indicators, with numbers. */
class NameplateReviewTests {

	@Test
	void eachIndicatorIsSetBesideWhatWasMeasuredWithTheShortfall() {
		Map<Indicator, Double> committed = new EnumMap<>(Indicator.class);
		committed.put(Indicator.INVESTMENT_INTENSITY, 300.0); // 万元/亩
		committed.put(Indicator.OUTPUT_PER_MU, 500.0);
		committed.put(Indicator.TAX_PER_MU, 20.0);
		committed.put(Indicator.ENERGY_PER_OUTPUT, 0.8); // tce per 万元
		committed.put(Indicator.PLOT_RATIO, 1.0);
		committed.put(Indicator.GREEN_RATIO, 20.0);
		// 6.4 亿 invested, 8 亿 of output, 3,000 万 of taxes, 72,000 tce, as built 1.2 and 15 %
		ReviewActuals actuals = new ReviewActuals(6.4e8, 8.0e8, 3.0e7, 72_000.0, 1.2, null, 15.0);

		List<ReviewRow> rows = NameplateReview.of(200, committed, actuals);

		ReviewRow investment = row(rows, Indicator.INVESTMENT_INTENSITY);
		assertThat(investment.actual()).isCloseTo(320.0, within(1e-9));
		assertThat(investment.outcome()).isEqualTo(ReviewRow.Outcome.COMPLIANT);
		assertThat(investment.shortfall()).isZero();
		ReviewRow output = row(rows, Indicator.OUTPUT_PER_MU);
		assertThat(output.actual()).isCloseTo(400.0, within(1e-9));
		assertThat(output.outcome()).isEqualTo(ReviewRow.Outcome.SHORT);
		assertThat(output.shortfall()).isCloseTo(100.0, within(1e-9));
		assertThat(output.shortfallShare()).isCloseTo(0.2, within(1e-12));
		ReviewRow tax = row(rows, Indicator.TAX_PER_MU);
		assertThat(tax.actual()).isCloseTo(15.0, within(1e-9));
		assertThat(tax.shortfall()).isCloseTo(5.0, within(1e-9));
		// 72,000 tce over 80,000 万元 = 0.9 tce per 万元, above the 0.8 ceiling
		ReviewRow energy = row(rows, Indicator.ENERGY_PER_OUTPUT);
		assertThat(energy.actual()).isCloseTo(0.9, within(1e-12));
		assertThat(energy.outcome()).isEqualTo(ReviewRow.Outcome.SHORT);
		assertThat(energy.shortfall()).isCloseTo(0.1, within(1e-12));
		assertThat(row(rows, Indicator.PLOT_RATIO).outcome()).isEqualTo(ReviewRow.Outcome.COMPLIANT);
		assertThat(row(rows, Indicator.GREEN_RATIO).outcome()).isEqualTo(ReviewRow.Outcome.COMPLIANT);
		assertThat(row(rows, Indicator.BUILDING_COEFFICIENT).outcome()).isEqualTo(ReviewRow.Outcome.NOT_ASSESSED);
		assertThat(NameplateReview.compliant(rows)).isFalse();
	}

	@Test
	void anUnknownFigureIsUnknownNeverZero() {
		Map<Indicator, Double> committed = Map.of(Indicator.TAX_PER_MU, 20.0, Indicator.ENERGY_PER_OUTPUT, 0.8);
		List<ReviewRow> rows = NameplateReview.of(100, committed,
				new ReviewActuals(null, null, null, 1000.0, null, null, null));
		assertThat(row(rows, Indicator.TAX_PER_MU).outcome()).isEqualTo(ReviewRow.Outcome.UNKNOWN);
		assertThat(row(rows, Indicator.ENERGY_PER_OUTPUT).actual()).isNull();
		assertThat(NameplateReview.compliant(rows)).isTrue();
	}

	private static ReviewRow row(List<ReviewRow> rows, Indicator indicator) {
		return rows.stream().filter(r -> r.indicator() == indicator).findFirst().orElseThrow();
	}

}
