package org.batterytown.incentive;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A policy of the library: its name, kind, who is eligible, the price reduction per kWh for a power-price
 * policy (null where not known), and its basis with the grade of that source.
 */
public record PolicyDraft(@Nullable UUID parkId, @Nullable String name, @Nullable PolicyKind kind,
		@Nullable String eligibility, @Nullable BigDecimal reductionPerKwh, @Nullable String basis,
		@Nullable Character grade) {
}
