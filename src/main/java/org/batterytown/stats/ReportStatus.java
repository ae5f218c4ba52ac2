package org.batterytown.stats;

/**
 * Where a revision of a monthly report stands. Draft → submitted → accepted, or returned with reasons
 * and submitted again; an accepted revision is locked and, once corrected, superseded by the next.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, ACCEPTED, SUPERSEDED;

	/** The enterprise may still change the figures. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
