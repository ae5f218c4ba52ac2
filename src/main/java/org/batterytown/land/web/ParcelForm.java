package org.batterytown.land.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.land.ParcelDraft;
import org.jspecify.annotations.Nullable;

/** The new-parcel form, its fields those of {@link ParcelDraft}. */
record ParcelForm(@Nullable UUID parkId, @Nullable String code, @Nullable BigDecimal areaMu, @Nullable String landUse,
		@Nullable String polygon, @Nullable BigDecimal investmentIntensity, @Nullable BigDecimal outputPerMu,
		@Nullable BigDecimal taxPerMu, @Nullable BigDecimal energyPerOutput, @Nullable BigDecimal plotRatio,
		@Nullable BigDecimal buildingCoefficient, @Nullable BigDecimal greenRatio, @Nullable LocalDate startBy,
		@Nullable LocalDate completeBy, @Nullable LocalDate nameplateBy, @Nullable String note) {

	static ParcelForm empty(UUID parkId) {
		return new ParcelForm(parkId, null, null, "工业用地", null, null, null, null, null, null, null, null, null, null,
				null, null);
	}

	ParcelDraft draft() {
		return new ParcelDraft(parkId, code, areaMu, landUse, polygon, investmentIntensity, outputPerMu, taxPerMu,
				energyPerOutput, plotRatio, buildingCoefficient, greenRatio, startBy, completeBy, nameplateBy, note);
	}

}
