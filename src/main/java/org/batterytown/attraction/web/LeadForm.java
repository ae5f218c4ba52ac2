package org.batterytown.attraction.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.attraction.LeadDraft;
import org.batterytown.attraction.LeadSource;
import org.batterytown.attraction.LeadView;
import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/**
 * The form for a new lead and for editing one; {@code version} is {@literal null} for a new lead. The
 * local company is set at registration and carried through an edit unchanged.
 */
record LeadForm(UUID parkId, @Nullable Long version, @Nullable String codeName, @Nullable String investorGroup,
		@Nullable String localCompany, @Nullable Link link,
		@Nullable BigDecimal expectedInvestment, @Nullable BigDecimal capacity, @Nullable BigDecimal landMu,
		@Nullable BigDecimal powerLoadMw, @Nullable Integer jobs, @Nullable LeadSource source, @Nullable UUID eventId,
		@Nullable UUID ambassadorId, @Nullable String owner, @Nullable BigDecimal likelihood,
		@Nullable String nextAction, @Nullable LocalDate nextActionDue) {

	static LeadForm empty(UUID parkId) {
		return new LeadForm(parkId, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
	}

	static LeadForm of(LeadView lead) {
		return new LeadForm(lead.parkId(), lead.version(), lead.codeName(), lead.investorGroup(), lead.localCompany(),
				lead.link(), lead.expectedInvestment(), lead.capacity(), lead.landMu(), lead.powerLoadMw(), lead.jobs(),
				lead.source(), lead.eventId(), lead.ambassadorId(), lead.owner(), lead.likelihood(), lead.nextAction(),
				lead.nextActionDue());
	}

	LeadDraft draft() {
		return new LeadDraft(parkId, codeName, investorGroup, localCompany, link, expectedInvestment, capacity, landMu,
				powerLoadMw, jobs, source, eventId, ambassadorId, owner, likelihood, nextAction, nextActionDue);
	}

}
