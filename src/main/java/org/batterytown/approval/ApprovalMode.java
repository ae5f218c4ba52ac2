package org.batterytown.approval;

/** How a case runs: items that may go by the enterprise's commitment do so, or every item is approved first. */
public enum ApprovalMode {

	COMMITMENT, STANDARD

}
