package org.batterytown.land;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Sets a parcel's committed indicators beside what was measured: investment, output and tax per mu from
 * the amounts and the area (万元 = 10,000 yuan), energy per 万元 of output, and the as-built ratios. Each
 * indicator is compliant, short (with the shortfall), unknown or not assessed. Plain Java.
 */
final class NameplateReview {

	private static final double WAN = 10_000;

	private NameplateReview() {
	}

	static List<ReviewRow> of(double areaMu, Map<Indicator, Double> committed, ReviewActuals a) {
		List<ReviewRow> rows = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			rows.add(row(indicator, committed.get(indicator), actual(indicator, areaMu, a)));
		}
		return rows;
	}

	static boolean compliant(List<ReviewRow> rows) {
		return rows.stream().noneMatch(r -> r.outcome() == ReviewRow.Outcome.SHORT);
	}

	private static @Nullable Double actual(Indicator indicator, double areaMu, ReviewActuals a) {
		return switch (indicator) {
			case INVESTMENT_INTENSITY -> perMu(a.investmentYuan(), areaMu);
			case OUTPUT_PER_MU -> perMu(a.outputValueYuan(), areaMu);
			case TAX_PER_MU -> perMu(a.taxesYuan(), areaMu);
			case ENERGY_PER_OUTPUT -> a.energyTce() == null || a.outputValueYuan() == null || a.outputValueYuan() == 0
					? null : a.energyTce() / (a.outputValueYuan() / WAN);
			case PLOT_RATIO -> a.plotRatio();
			case BUILDING_COEFFICIENT -> a.buildingCoefficient();
			case GREEN_RATIO -> a.greenRatio();
		};
	}

	private static @Nullable Double perMu(@Nullable Double yuan, double areaMu) {
		return yuan == null ? null : yuan / WAN / areaMu;
	}

	private static ReviewRow row(Indicator indicator, @Nullable Double committed, @Nullable Double actual) {
		if (committed == null) {
			return new ReviewRow(indicator, null, actual, ReviewRow.Outcome.NOT_ASSESSED, null, null);
		}
		if (actual == null) {
			return new ReviewRow(indicator, committed, null, ReviewRow.Outcome.UNKNOWN, null, null);
		}
		double miss = indicator.floor() ? committed - actual : actual - committed;
		double shortfall = Math.max(0, miss);
		return new ReviewRow(indicator, committed, actual,
				shortfall > 1e-9 ? ReviewRow.Outcome.SHORT : ReviewRow.Outcome.COMPLIANT, shortfall,
				committed == 0 ? null : shortfall / committed);
	}

}
