package org.batterytown.land;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A parcel as pages and the API read it. */
public record ParcelView(UUID id, UUID parkId, String code, BigDecimal areaMu, String landUse, String polygon,
		ParcelStatus status, @Nullable UUID projectId, @Nullable LocalizedText projectName,
		@Nullable LocalDate transferredOn, @Nullable BigDecimal investmentIntensity, @Nullable BigDecimal outputPerMu,
		@Nullable BigDecimal taxPerMu, @Nullable BigDecimal energyPerOutput, @Nullable BigDecimal plotRatio,
		@Nullable BigDecimal buildingCoefficient, @Nullable BigDecimal greenRatio, @Nullable LocalDate startBy,
		@Nullable LocalDate completeBy, @Nullable LocalDate nameplateBy, @Nullable String note, long version) {

	/** The indicators the parcel was transferred with; an indicator not set is absent. */
	public Map<Indicator, Double> indicators() {
		Map<Indicator, Double> set = new EnumMap<>(Indicator.class);
		put(set, Indicator.INVESTMENT_INTENSITY, investmentIntensity);
		put(set, Indicator.OUTPUT_PER_MU, outputPerMu);
		put(set, Indicator.TAX_PER_MU, taxPerMu);
		put(set, Indicator.ENERGY_PER_OUTPUT, energyPerOutput);
		put(set, Indicator.PLOT_RATIO, plotRatio);
		put(set, Indicator.BUILDING_COEFFICIENT, buildingCoefficient);
		put(set, Indicator.GREEN_RATIO, greenRatio);
		return set;
	}

	private static void put(Map<Indicator, Double> set, Indicator indicator, @Nullable BigDecimal value) {
		if (value != null) {
			set.put(indicator, value.doubleValue());
		}
	}

}
