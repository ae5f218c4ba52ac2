package org.batterytown.plan;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A change to an assumption: new values and the source that supports them. */
public record AssumptionDraft(@Nullable BigDecimal low, @Nullable BigDecimal mode, @Nullable BigDecimal high,
		@Nullable BigDecimal probability, @Nullable String source, @Nullable Character grade) {
}
