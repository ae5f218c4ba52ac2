package org.batterytown.incentive;

/** Where a commitment stands today. */
public enum CommitmentState {

	/** Before its due date and not yet met. */
	OPEN,
	/** Before its due date, not met, and the due date is near. */
	DUE_SOON,
	/** Met. */
	MET,
	/** Past its due date and not met. */
	MISSED,
	/** Past its due date with nothing to check it against. */
	UNKNOWN

}
