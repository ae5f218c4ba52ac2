package org.batterytown.land;

import org.jspecify.annotations.Nullable;

/**
 * One indicator at a nameplate review.
 *
 * @param committed the parcel's value; null if the parcel was transferred without it (not assessed)
 * @param actual what the registry, the statistics or the as-built measurement show; null if unknown
 * @param shortfall how far the actual misses the committed value in its unit (0 when compliant); null
 *     when either is unknown
 * @param shortfallShare the shortfall against the committed value
 */
public record ReviewRow(Indicator indicator, @Nullable Double committed, @Nullable Double actual, Outcome outcome,
		@Nullable Double shortfall, @Nullable Double shortfallShare) {

	public enum Outcome {

		COMPLIANT, SHORT, UNKNOWN, NOT_ASSESSED

	}

}
