package org.batterytown.chain.model;

/** Which end of a coefficient's range a figure uses. */
public enum Estimate {

	LOW, BASE, HIGH

}
