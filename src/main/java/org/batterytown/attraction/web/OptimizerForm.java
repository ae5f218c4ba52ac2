package org.batterytown.attraction.web;

import java.util.UUID;

import org.batterytown.attraction.OptimizerRequest;
import org.jspecify.annotations.Nullable;

/**
 * The optimizer page's query: park, stage, land and power available, the probability and the timing
 * rule. {@code run} tells a submitted form from a first visit, which shows the form without errors.
 */
record OptimizerForm(@Nullable UUID parkId, @Nullable Integer stageNo, @Nullable Double landMu, @Nullable Double powerMw,
		@Nullable Double probability, @Nullable Boolean inTimeOnly, @Nullable Boolean run) {

	/** Whether the form was submitted (an unticked box and a first visit send nothing, hence the objects). */
	boolean submitted() {
		return Boolean.TRUE.equals(run);
	}

	OptimizerRequest request() {
		return new OptimizerRequest(null, stageNo, landMu, powerMw, probability == null ? null : probability / 100,
				Boolean.TRUE.equals(inTimeOnly));
	}

}
