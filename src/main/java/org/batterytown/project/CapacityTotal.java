package org.batterytown.project;

import java.math.BigDecimal;

/**
 * Nameplate capacity of one product in one stage group, summed over the lines that disclose it;
 * {@code undisclosedLines} counts the lines whose capacity is unknown, so a sum is never mistaken for
 * the whole.
 */
public record CapacityTotal(Product product, CapacityUnit unit, StageGroup group, BigDecimal nameplate,
		int lines, int undisclosedLines) {

	/** The sum of two totals of the same product and stage group. */
	public CapacityTotal plus(CapacityTotal other) {
		return new CapacityTotal(product, unit, group, nameplate.add(other.nameplate), lines + other.lines,
				undisclosedLines + other.undisclosedLines);
	}

}
