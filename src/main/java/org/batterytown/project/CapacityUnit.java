package org.batterytown.project;

/** The unit a nameplate capacity is stated in; labels live in the message bundles. */
public enum CapacityUnit {

	TONNES_PER_YEAR, PIECES_PER_YEAR, MILLION_M2_PER_YEAR, GWH_PER_YEAR

}
