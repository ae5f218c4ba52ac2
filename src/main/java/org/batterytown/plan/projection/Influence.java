package org.batterytown.plan.projection;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How strongly one drawn input moves a target's odds: the correlation over the scenarios between the
 * input and whether the target was met (−1 to 1; negative: more of it, less often met).
 *
 * @param projectId the project of a delay, cancellation or ramp-up; {@literal null} for the market
 */
public record Influence(Factor factor, @Nullable UUID projectId, @Nullable String projectName, double correlation) {

	public enum Factor {

		PRICE, UTILIZATION, DELAY, CANCELLATION, RAMP_UP

	}

}
