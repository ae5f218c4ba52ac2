package org.batterytown.stats;

import java.sql.Date;

import org.batterytown.stats.figures.Period;

/** A period the figure queries read, named for the SQL it filters with. */
record Window(String name, Period period) {

	Date from() {
		return Date.valueOf(period.from().atDay(1));
	}

	Date to() {
		return Date.valueOf(period.to().atDay(1));
	}

}
