package org.batterytown.attraction;

/**
 * Where a lead came from. {@code EXISTING_ENTERPRISE}: an expansion (增资扩产) an enterprise of the
 * park told the zone of in a visit or a survey; such a lead names that enterprise.
 */
public enum LeadSource {

	EVENT, AMBASSADOR, GAP_TARGET, REFERRAL, WALK_IN, EXISTING_ENTERPRISE

}
