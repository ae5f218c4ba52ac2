package org.batterytown.attraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A promotion event with what its source states ({@code statedProjects}, {@code statedAmount}; null
 * where not stated) and what the pipeline attributes to it: leads, and of them signed, with the
 * signed amount.
 */
public record EventView(UUID id, UUID parkId, LocalizedText name, @Nullable LocalDate heldOn, @Nullable String place,
		@Nullable String organisers, @Nullable String chainFocus, @Nullable Integer statedProjects,
		@Nullable BigDecimal statedAmount, @Nullable UUID sourceId, @Nullable String quote, int leads, int signed,
		@Nullable BigDecimal signedAmount) {
}
