package org.batterytown.attraction.web;

import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.attraction.AmbassadorDraft;
import org.jspecify.annotations.Nullable;

/** The promotion page's form for recording an ambassador's appointment. */
record AmbassadorForm(@Nullable UUID parkId, @Nullable String organisation, @Nullable String title,
		@Nullable String appointedAt, @Nullable LocalDate appointedOn, @Nullable LocalDate termEndsOn) {

	static AmbassadorForm empty(UUID parkId) {
		return new AmbassadorForm(parkId, null, null, null, null, null);
	}

	AmbassadorDraft draft() {
		return new AmbassadorDraft(parkId, organisation, title, appointedAt, appointedOn, termEndsOn, null, null);
	}

}
