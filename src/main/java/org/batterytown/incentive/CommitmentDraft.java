package org.batterytown.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A commitment as entered: who promised what, how much by when, and what missing it claws back. */
public record CommitmentDraft(@Nullable Side side, @Nullable CommitmentKind kind, @Nullable String description,
		@Nullable BigDecimal target, @Nullable LocalDate dueOn, @Nullable Clawback clawback) {
}
