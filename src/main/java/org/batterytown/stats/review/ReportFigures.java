package org.batterytown.stats.review;

import java.math.BigDecimal;
import java.util.List;

import org.batterytown.project.Product;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one enterprise's month as the rules read them; a {@literal null} is a value not
 * filled in. Amounts are yuan (VAT-exclusive), electricity kWh, energy tonnes of coal equivalent.
 */
public record ReportFigures(List<Line> lines, @Nullable BigDecimal electricityKwh, @Nullable BigDecimal energyTce,
		@Nullable Integer employees, @Nullable BigDecimal taxes) {

	public ReportFigures {
		lines = List.copyOf(lines);
	}

	/** Production and sales of one product, in the product's unit, and the output value it made. */
	public record Line(Product product, @Nullable BigDecimal production, @Nullable BigDecimal sales,
			@Nullable BigDecimal outputValue) {
	}

	/** The output value of all lines; lines without one count as zero. */
	public BigDecimal outputValue() {
		return lines.stream()
			.map(Line::outputValue)
			.filter(v -> v != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
