package org.batterytown.project;

import java.math.BigDecimal;

/**
 * Nameplate capacity of one product in one stage group, summed over the lines that disclose it;
 * {@code undisclosedLines} counts the lines whose capacity is unknown, so a sum is never mistaken for
 * the whole.
 */
public record CapacityTotal(Product product, CapacityUnit unit, StageGroup group, BigDecimal nameplate,
		int lines, int undisclosedLines) {
}
