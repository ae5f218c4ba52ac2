package org.batterytown.approval;

/** A committed item's post-check: still to do, found kept, or found broken. */
public enum PostCheckStatus {

	OPEN, PASSED, FAILED

}
