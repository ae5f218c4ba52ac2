package org.batterytown.stats;

import java.math.BigDecimal;
import java.util.UUID;

import org.batterytown.project.Product;
import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/** Production and sales of one product in the product's unit, and the output value it made (yuan). */
@Table("stats_report_line")
record ReportLine(UUID parkId, Product product, @Nullable BigDecimal production, @Nullable BigDecimal sales,
		@Nullable BigDecimal outputValue) {
}
