package org.batterytown.chain.model;

/**
 * A price band of a link's output in one year, in yuan per unit of the link (per t, per million m²,
 * per GWh); for a toll link, the processing fee per t. With source and grade.
 */
public record Price(Link link, boolean toll, int year, double low, double base, double high, String source,
		char grade) {

	public Price {
		if (!(low > 0 && low <= base && base <= high)) {
			throw new IllegalArgumentException(link + " " + year + ": need 0 < low <= base <= high");
		}
	}

}
