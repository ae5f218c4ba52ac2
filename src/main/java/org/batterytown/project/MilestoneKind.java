package org.batterytown.project;

/** The dated events a project is tracked by, in the order they happen. */
public enum MilestoneKind {

	SIGNING, CONSTRUCTION_START, TRIAL_PRODUCTION, PRODUCTION, NAMEPLATE

}
