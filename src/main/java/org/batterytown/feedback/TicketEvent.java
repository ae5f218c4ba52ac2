package org.batterytown.feedback;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/** A step of a ticket: filed, routed, answered, rated, reopened, closed; who and what. */
@Table("ticket_event")
record TicketEvent(Instant at, Kind kind, String username, @Nullable String text) {

	enum Kind {

		FILED, ROUTED, ANSWERED, RATED, REOPENED, CLOSED

	}

}
