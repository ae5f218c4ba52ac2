package org.batterytown.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A line of the report list. */
public record ReportSummary(UUID id, UUID enterpriseId, String enterpriseName, YearMonth period, int revision,
		ReportStatus status, @Nullable BigDecimal outputValue, @Nullable BigDecimal electricityKwh, ReportOrigin origin,
		@Nullable Instant submittedAt, long version) {
}
