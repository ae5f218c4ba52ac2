package org.batterytown.stats.review;

/** A closed band of plausible values, e.g. a price in yuan per unit or electricity in kWh per t. */
public record Range(double low, double high, String source) {

	public Range {
		if (!(low >= 0 && low <= high)) {
			throw new IllegalArgumentException("need 0 <= low <= high");
		}
	}

	public boolean contains(double value) {
		return value >= low && value <= high;
	}

}
