package org.batterytown.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/** A recorded forecast, e.g. the town's 220,000 t of anode capacity for end-2023. */
public record Forecast(UUID id, TargetKind kind, @Nullable Link link, BigDecimal value, LocalDate date,
		String statedBy, @Nullable LocalDate statedOn, @Nullable UUID sourceId, @Nullable String quote) {
}
