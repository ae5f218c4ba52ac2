package org.batterytown.attraction.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.batterytown.attraction.LeadStage;
import org.batterytown.attraction.LeadStageChange;
import org.batterytown.attraction.LeadView;
import org.jspecify.annotations.Nullable;

/** A lead's page form for moving it on, with every gate field; the service asks only for the target's. */
record StageForm(long version, @Nullable LeadStage target, @Nullable String note, @Nullable LocalDate agreementDate,
		@Nullable BigDecimal agreementAmount, @Nullable BigDecimal landMu, @Nullable String registeredCompany,
		@Nullable String lostReason) {

	static StageForm empty(LeadView lead) {
		return new StageForm(lead.version(), lead.allowedTransitions().isEmpty() ? null : lead.allowedTransitions().get(0),
				null, null, null, lead.landMu(), null, null);
	}

	LeadStageChange change() {
		return new LeadStageChange(target, note, agreementDate, agreementAmount, landMu, registeredCompany, lostReason);
	}

}
