package org.batterytown.retention;

/** Who entered a survey response: the enterprise itself, or the zone's staff (during a visit). */
public enum SurveyChannel {

	ENTERPRISE, STAFF

}
