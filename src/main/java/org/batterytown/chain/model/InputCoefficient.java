package org.batterytown.chain.model;

/** How much of an upstream input one tonne of anode takes: low / base / high, source and grade. */
public record InputCoefficient(AnodeInput input, double low, double base, double high, String source, char grade) {

	public InputCoefficient {
		if (!(low > 0 && low <= base && base <= high)) {
			throw new IllegalArgumentException(input + ": need 0 < low <= base <= high");
		}
	}

}
