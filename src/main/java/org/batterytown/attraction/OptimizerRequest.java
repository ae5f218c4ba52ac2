package org.batterytown.attraction;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What to optimize for: the plan (default the park's first) and its stage (default the first whose
 * deadline is still ahead, else the last), the standard land (mu) and power (MW) available, the
 * probability the gaps are computed for (default 80 %), and whether a lead counts only for targets it
 * could produce for in time.
 */
public record OptimizerRequest(@Nullable UUID planId, @Nullable Integer stageNo, @Nullable Double landMu,
		@Nullable Double powerMw, @Nullable Double probability, boolean inTimeOnly) {
}
