package org.batterytown.feedback.web;

import java.util.UUID;

import org.batterytown.feedback.TicketDraft;
import org.jspecify.annotations.Nullable;

/** The new-ticket form; the enterprise is chosen only by the zone's staff filing on its behalf. */
record TicketForm(@Nullable UUID parkId, @Nullable UUID enterpriseId, @Nullable UUID projectId,
		@Nullable String category, @Nullable String title, @Nullable String description) {

	static TicketForm empty(UUID parkId) {
		return new TicketForm(parkId, null, null, null, null, null);
	}

	TicketDraft draft() {
		return new TicketDraft(enterpriseId, projectId, category, title, description);
	}

}
