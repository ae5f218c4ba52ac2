package org.batterytown.project;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One product line of a project with its nameplate capacity per year; an undisclosed capacity is
 * {@literal null}, never zero.
 */
@Table("capacity_line")
record CapacityLine(UUID parkId, Product product, CapacityUnit unit, @Nullable BigDecimal nameplate,
		ProductForm form) {

	CapacityLine {
		if (unit != product.unit()) {
			throw new IllegalArgumentException(product + " is stated in " + product.unit());
		}
		if (nameplate != null && nameplate.signum() <= 0) {
			throw new IllegalArgumentException("A nameplate capacity must be positive");
		}
	}

	@Override
	public String toString() {
		return product + " " + (nameplate == null ? "?" : nameplate.stripTrailingZeros().toPlainString()) + " " + unit
				+ " " + form;
	}

}
