package org.batterytown.incentive;

/** What a missed enterprise obligation takes back of the deal's amount: nothing, the missed share, or all. */
public enum Clawback {

	NONE, PROPORTIONAL, FULL

}
