package org.batterytown.project;

/** Stages grouped as leaders read them; each group has one colour on pages. */
public enum StageGroup {

	/** Named in a plan or signed, nothing filed yet. */
	PIPELINE,
	/** Filing, land. */
	APPROVALS,
	/** Being built, or built and ready to produce. */
	CONSTRUCTION,
	/** Trial production up to nameplate. */
	PRODUCING,
	/** Suspended or cancelled. */
	HALTED

}
