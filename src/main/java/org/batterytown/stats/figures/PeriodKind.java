package org.batterytown.stats.figures;

/** The reporting periods of the figures: 当月, 季度, 1—本月累计 and 全年. */
public enum PeriodKind {

	MONTH, QUARTER, YEAR_TO_DATE, YEAR

}
