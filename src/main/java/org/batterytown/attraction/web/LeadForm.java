package org.batterytown.attraction.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.attraction.LeadDraft;
import org.batterytown.attraction.LeadSource;
import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/** The new-lead form. */
record LeadForm(UUID parkId, @Nullable String codeName, @Nullable String investorGroup, @Nullable Link link,
		@Nullable BigDecimal expectedInvestment, @Nullable BigDecimal capacity, @Nullable BigDecimal landMu,
		@Nullable BigDecimal powerLoadMw, @Nullable Integer jobs, @Nullable LeadSource source, @Nullable UUID eventId,
		@Nullable UUID ambassadorId, @Nullable String owner, @Nullable BigDecimal likelihood,
		@Nullable String nextAction, @Nullable LocalDate nextActionDue) {

	static LeadForm empty(UUID parkId) {
		return new LeadForm(parkId, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	LeadDraft draft() {
		return new LeadDraft(parkId, codeName, investorGroup, null, link, expectedInvestment, capacity, landMu,
				powerLoadMw, jobs, source, eventId, ambassadorId, owner, likelihood, nextAction, nextActionDue);
	}

}
