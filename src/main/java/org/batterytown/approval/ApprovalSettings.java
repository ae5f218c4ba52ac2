package org.batterytown.approval;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of the approval cases.
 *
 * @param energyReviewMinTce yearly tonnes of standard coal from which a project needs its own energy
 *     review (《固定资产投资项目节能审查办法》 2023, as summarised in SERVICES.md §1.2, partly sourced)
 * @param escalateAfterWorkingDays working days an item may run overdue before it goes up to the lead agent
 *     and the zone's leaders (an inference of ours: SERVICES.md §3 says overdue items escalate to 领办, not when)
 */
@ConfigurationProperties("batterytown.approval")
record ApprovalSettings(BigDecimal energyReviewMinTce, Integer escalateAfterWorkingDays) {

	ApprovalSettings {
		energyReviewMinTce = energyReviewMinTce == null ? new BigDecimal("1000") : energyReviewMinTce;
		escalateAfterWorkingDays = escalateAfterWorkingDays == null ? 3 : escalateAfterWorkingDays;
	}

}
