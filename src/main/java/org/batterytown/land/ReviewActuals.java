package org.batterytown.land;

import org.jspecify.annotations.Nullable;

/**
 * What a nameplate review measures: the project's fixed-asset investment (yuan, from the registry), the
 * enterprise's output value, taxes (yuan) and energy use (tce) of the reviewed year (from the
 * statistics), and the as-built plot ratio, building coefficient and green ratio (per cent) measured at
 * completion. Unknown stays null.
 */
public record ReviewActuals(@Nullable Double investmentYuan, @Nullable Double outputValueYuan,
		@Nullable Double taxesYuan, @Nullable Double energyTce, @Nullable Double plotRatio,
		@Nullable Double buildingCoefficient, @Nullable Double greenRatio) {
}
