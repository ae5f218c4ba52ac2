package org.batterytown.retention;

/** What a follow-up task came from. */
public enum FollowUpOrigin {

	VISIT_PROBLEM, VISIT_PROMISE, SURVEY_RED_FLAG

}
