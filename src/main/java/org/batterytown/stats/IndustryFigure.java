package org.batterytown.stats;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One industry's annual output value in the county. For the park's own industry, {@code growth} is
 * computed from the stored figure of the year before (null without one); {@code rank} is computed
 * among the year's industries with a value, and {@code statedRank} is what the source says.
 */
public record IndustryFigure(UUID id, int year, String industryZh, @Nullable String industryEn,
		boolean parkIndustry, @Nullable BigDecimal outputValue, FigureBasis basis, @Nullable String derivation,
		@Nullable Double growth, @Nullable Integer rank, @Nullable Integer statedRank, @Nullable UUID sourceId,
		@Nullable String sourceTitle) {
}
