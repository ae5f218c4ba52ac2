package org.batterytown.attraction;

/** Where a lead came from. */
public enum LeadSource {

	EVENT, AMBASSADOR, GAP_TARGET, REFERRAL, WALK_IN

}
