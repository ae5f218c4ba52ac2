package org.batterytown.land;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A parcel as staff enter it: code, area in mu, land use, its outline as a GeoJSON Polygon, and the
 * control indicators it is transferred with (each may be absent: not set for this parcel).
 */
public record ParcelDraft(@Nullable UUID parkId, @Nullable String code, @Nullable BigDecimal areaMu,
		@Nullable String landUse, @Nullable String polygon, @Nullable BigDecimal investmentIntensity,
		@Nullable BigDecimal outputPerMu, @Nullable BigDecimal taxPerMu, @Nullable BigDecimal energyPerOutput,
		@Nullable BigDecimal plotRatio, @Nullable BigDecimal buildingCoefficient, @Nullable BigDecimal greenRatio,
		@Nullable LocalDate startBy, @Nullable LocalDate completeBy, @Nullable LocalDate nameplateBy,
		@Nullable String note) {
}
