package org.batterytown.attraction.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.batterytown.attraction.CandidateDraft;
import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/** The target list's form for recording a candidate investor for a link. */
record CandidateForm(@Nullable UUID parkId, @Nullable Link link, @Nullable String investor, @Nullable BigDecimal capacity,
		@Nullable BigDecimal investment, @Nullable BigDecimal landMu, @Nullable BigDecimal powerMw,
		@Nullable String note) {

	static CandidateForm empty(UUID parkId) {
		return new CandidateForm(parkId, null, null, null, null, null, null, null);
	}

	CandidateDraft draft() {
		return new CandidateDraft(parkId, link, investor, capacity, investment, landMu, powerMw, note);
	}

}
