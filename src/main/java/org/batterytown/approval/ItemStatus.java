package org.batterytown.approval;

/** Where a checklist item stands. */
public enum ItemStatus {

	/** Not yet applied for: no clock. */
	WAITING,
	/** Accepted by the department: its clock runs. */
	RUNNING,
	/** Approved or issued. */
	DONE,
	/** Done on the enterprise's commitment; its post-check follows. */
	COMMITTED

}
