package org.batterytown.incentive;

public enum DealStatus {

	DRAFT, SIGNED

}
