package org.batterytown.incentive;

/**
 * A fair-competition review's conclusion (第17条): the measure restricts no competition, or it does and
 * rests on an exception of 第12条 (which the conclusion must then explain).
 */
public enum ReviewConclusion {

	NO_RESTRICTION, EXCEPTION

}
