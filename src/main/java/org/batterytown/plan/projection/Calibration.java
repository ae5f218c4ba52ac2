package org.batterytown.plan.projection;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.batterytown.project.StageGroup;

/**
 * Delays fitted from the registry's own history: how many months each milestone came after its
 * baseline date. With enough milestones the delay of every stage that has milestones ahead becomes a
 * triangle from their 10th percentile through their median to their 90th (robust to one outlier);
 * with fewer, the defaults stay and the basis says so.
 */
public record Calibration(Basis basis, int observations, Uncertainty uncertainty) {

	public enum Basis {

		/** The editable defaults with their sources. */
		DEFAULTS,
		/** Fitted from the registry's baseline and actual milestone dates. */
		REGISTRY

	}

	/**
	 * @param slipMonths actual minus baseline of each reached milestone, in months
	 * @param minimum how many milestones it takes to trust the registry over the defaults
	 */
	public static Calibration of(List<Double> slipMonths, int minimum, Uncertainty defaults) {
		if (slipMonths.size() < Math.max(1, minimum)) {
			return new Calibration(Basis.DEFAULTS, slipMonths.size(), defaults);
		}
		double[] values = slipMonths.stream().mapToDouble(Double::doubleValue).toArray();
		Percentile percentile = new Percentile();
		percentile.setData(values);
		Triangle fitted = new Triangle(percentile.evaluate(10), percentile.evaluate(50), percentile.evaluate(90));
		Map<StageGroup, Uncertainty.Slip> slips = new EnumMap<>(StageGroup.class);
		for (StageGroup group : StageGroup.values()) {
			Uncertainty.Slip slip = defaults.slip(group);
			slips.put(group, group == StageGroup.PRODUCING ? slip : new Uncertainty.Slip(fitted, slip.cancellation()));
		}
		return new Calibration(Basis.REGISTRY, values.length,
				new Uncertainty(slips, defaults.rampMonths(), defaults.marketSpread()));
	}

}
