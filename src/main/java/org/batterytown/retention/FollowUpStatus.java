package org.batterytown.retention;

public enum FollowUpStatus {

	OPEN, DONE

}
