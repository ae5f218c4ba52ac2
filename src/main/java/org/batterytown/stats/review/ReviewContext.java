package org.batterytown.stats.review;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.batterytown.project.Product;
import org.jspecify.annotations.Nullable;

/**
 * What the rules compare a report with.
 *
 * @param monthlyNameplate per product, the enterprise's producing lines' nameplate ÷ 12; a product
 * that is absent has no producing line registered, a value of {@literal null} was not disclosed
 * @param priceBands per product, the price (or toll fee) band of the report's year
 * @param electricityBands per product whose process has a known electricity band, kWh per unit
 * @param previousMonth the accepted report of the month before, if any
 */
public record ReviewContext(Map<Product, Optional<BigDecimal>> monthlyNameplate, Map<Product, Range> priceBands,
		Map<Product, Range> electricityBands, @Nullable ReportFigures previousMonth) {

	public ReviewContext {
		monthlyNameplate = Map.copyOf(monthlyNameplate);
		priceBands = Map.copyOf(priceBands);
		electricityBands = Map.copyOf(electricityBands);
	}

}
