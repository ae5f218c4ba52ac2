package org.batterytown.chain.model;

import org.jspecify.annotations.Nullable;

/**
 * A link's yearly output value in yuan at low / base / high (capacity × utilization × price);
 * {@literal null} when no price is known. {@code containedInCells} is the part the park's own cells
 * already carry, left out of the total so nothing is counted twice.
 */
public record LinkValue(Link link, boolean toll, @Nullable Double low, @Nullable Double base, @Nullable Double high,
		double containedInCells, @Nullable Integer priceYear, boolean rough) {
}
