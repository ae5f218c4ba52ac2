package org.batterytown.attraction.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.attraction.EventDraft;
import org.jspecify.annotations.Nullable;

/** The promotion page's form for recording an event; what a source states of it goes with its words. */
record EventForm(@Nullable UUID parkId, @Nullable String nameZh, @Nullable String nameEn, @Nullable LocalDate heldOn,
		@Nullable String place, @Nullable String organisers, @Nullable String chainFocus,
		@Nullable Integer statedProjects, @Nullable BigDecimal statedAmount, @Nullable String quote) {

	static EventForm empty(UUID parkId) {
		return new EventForm(parkId, null, null, null, null, null, null, null, null, null);
	}

	EventDraft draft() {
		return new EventDraft(parkId, nameZh, nameEn, heldOn, place, organisers, chainFocus, statedProjects,
				statedAmount, null, quote);
	}

}
