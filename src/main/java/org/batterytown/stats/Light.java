package org.batterytown.stats;

/** The dispatch report's traffic light (红黄绿灯); NONE where there is nothing to judge. */
public enum Light {

	NONE, GREEN, AMBER, RED

}
