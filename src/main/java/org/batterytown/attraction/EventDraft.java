package org.batterytown.attraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A promotion event (推介会) as recorded: what a source says of it in aggregate (projects signed, amount)
 * where its individual deals are unknown; unknown stays {@literal null}.
 */
public record EventDraft(@Nullable UUID parkId, @Nullable String nameZh, @Nullable String nameEn,
		@Nullable LocalDate heldOn, @Nullable String place, @Nullable String organisers, @Nullable String chainFocus,
		@Nullable Integer statedProjects, @Nullable BigDecimal statedAmount, @Nullable UUID sourceId,
		@Nullable String quote) {
}
