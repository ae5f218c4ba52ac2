package org.batterytown.stats;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** Fixed-asset investment completed in the month on one project under construction (yuan). */
@Table("stats_report_investment")
record ReportInvestment(UUID parkId, UUID projectId, BigDecimal amount) {
}
