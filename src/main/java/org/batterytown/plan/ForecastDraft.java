package org.batterytown.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/** A forecast somebody stated, as a user records it: what, for when, who said it, where it appeared. */
public record ForecastDraft(@Nullable TargetKind kind, @Nullable Link link, @Nullable BigDecimal value,
		@Nullable LocalDate date, @Nullable String statedBy, @Nullable LocalDate statedOn, @Nullable UUID sourceId,
		@Nullable String quote) {
}
