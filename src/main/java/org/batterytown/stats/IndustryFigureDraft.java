package org.batterytown.stats;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An industry's annual output value as staff enter it; the value may be unknown, the source may not. */
public record IndustryFigureDraft(@NotNull UUID parkId, @Min(1990) @Max(2100) int year,
		@NotBlank @Size(max = 200) String industryZh, @Nullable @Size(max = 200) String industryEn,
		boolean parkIndustry, @Nullable @PositiveOrZero BigDecimal outputValue, @Nullable @Min(1) Integer statedRank,
		@NotNull(message = "{stats.industry.sourceNeeded}") UUID sourceId) {
}
