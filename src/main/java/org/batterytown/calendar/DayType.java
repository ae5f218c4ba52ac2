package org.batterytown.calendar;

/** How a time limit is counted: in working days (行政许可法第82条), or in calendar days where a law says 日. */
public enum DayType {

	WORKING, CALENDAR

}
