package org.batterytown.stats;

/** Where an enterprise's report of a month stands, for chasing. */
public enum ReportingState {

	/** Not opened at all. */
	MISSING,
	/** Opened but never submitted. */
	DRAFT,
	/** Sent back to the enterprise and not yet resubmitted. */
	RETURNED,
	/** Waiting for the zone's review. */
	SUBMITTED,
	ACCEPTED;

	/** The enterprise still has to act: nothing submitted, or returned to it. */
	public boolean owed() {
		return this == MISSING || this == DRAFT || this == RETURNED;
	}

}
