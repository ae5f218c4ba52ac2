package org.batterytown.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.project.Product;
import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Production and sales of one product in the product's unit, and the output value it made (yuan).
 * It repeats its report's enterprise and month, and {@code counted} says whether its report is the
 * accepted revision, so that the figures sum lines without joining every one to its report.
 */
@Table("stats_report_line")
record ReportLine(UUID parkId, UUID enterpriseId, LocalDate period, Product product, @Nullable BigDecimal production,
		@Nullable BigDecimal sales, @Nullable BigDecimal outputValue, boolean counted) {

	ReportLine counting(boolean counts) {
		return new ReportLine(parkId, enterpriseId, period, product, production, sales, outputValue, counts);
	}

}
