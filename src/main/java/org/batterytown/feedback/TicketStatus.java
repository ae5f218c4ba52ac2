package org.batterytown.feedback;

/** Where a ticket stands: filed, routed to a department, answered, reopened after an answer, closed. */
public enum TicketStatus {

	FILED, ROUTED, ANSWERED, REOPENED, CLOSED;

	/** Whether a department still owes an answer: the clock runs. */
	public boolean awaitingAnswer() {
		return this == FILED || this == ROUTED || this == REOPENED;
	}

}
