package org.batterytown.plan;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One editable assumption of the projections, with its source and grade (A–D as in RESEARCH.md; D is
 * the platform's own inference). A range is {@code low}–{@code mode}–{@code high}; a single number is
 * its {@code mode}; {@code probability} is a delay's odds of cancellation.
 */
public record Assumption(String key, @Nullable BigDecimal low, BigDecimal mode, @Nullable BigDecimal high,
		@Nullable BigDecimal probability, String source, char grade, Instant updatedAt, String updatedBy) {
}
