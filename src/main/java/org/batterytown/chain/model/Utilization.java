package org.batterytown.chain.model;

/** The share of nameplate a plant is assumed to run at in a year: low / base / high, source and grade. */
public record Utilization(int year, double low, double base, double high, String source, char grade) {

	public Utilization {
		if (!(low > 0 && low <= base && base <= high && high <= 1)) {
			throw new IllegalArgumentException(year + ": need 0 < low <= base <= high <= 1");
		}
	}

}
