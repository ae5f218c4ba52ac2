package org.batterytown.retention;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What is known of one enterprise for early warning, gathered from the other modules: its monthly
 * output value and electricity (months with an accepted report only), its products' utilization in the
 * latest month, its late reports in the window, its tickets unanswered past their due day, the
 * commitments of its deals missed, and its survey red flags still open.
 */
record HealthFacts(List<MonthValue> output, List<MonthValue> electricity, List<ProductUse> utilization,
		List<LateMonth> late, int overdueTickets, int maxOverdueDays, List<String> missedCommitments,
		List<RedFlag> redFlags) {

	record MonthValue(YearMonth month, BigDecimal value) {
	}

	record ProductUse(String product, double utilization) {
	}

	/** A month reported after its due day ({@code owed}: not reported at all yet). */
	record LateMonth(YearMonth month, long daysOverdue, boolean owed) {
	}

	record RedFlag(String title, int weight) {
	}

}
