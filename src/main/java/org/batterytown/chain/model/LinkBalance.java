package org.batterytown.chain.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One link weighed against the anode link.
 *
 * @param perGwh what a GWh of cells of the mix needs of this link, at the base coefficients
 * @param gwhEquivalent the GWh of cells the link's known capacity supports
 * @param ratio that GWh against the anode link's; {@literal null} when the link is not needed
 * @param required what the anode output calls for, at the low / base / high coefficients
 * @param shortfall the extra capacity needed to match, at low / base / high (0 when matched)
 * @param rough whether a grade-D coefficient went into it
 */
public record LinkBalance(Link link, Capacity capacity, Status status, double perGwh, double gwhEquivalent,
		@Nullable Double ratio, Map<Estimate, Double> required, Map<Estimate, Double> shortfall, boolean rough) {

	public double required(Estimate estimate) {
		return required.get(estimate);
	}

	/** The base shortfall: what the gap list and the chain map show. */
	public double shortfallAtBase() {
		return shortfall.get(Estimate.BASE);
	}

	/** How the link stands against the anode link. */
	public enum Status {

		/** Its ratio reaches the threshold. */
		MATCHED,
		/** Present, but below the threshold. */
		SHORT,
		/** No known capacity in the park. */
		MISSING,
		/** The mix does not call for it (a cathode of a chemistry with a 0 % share). */
		NOT_NEEDED

	}

}
