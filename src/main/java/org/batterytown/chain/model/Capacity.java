package org.batterytown.chain.model;

/**
 * A link's registered capacity per year in the link's unit: the sum of the lines that disclose it,
 * and how many lines do not (they are never counted as 0, only reported).
 */
public record Capacity(double known, int undisclosedLines) {

	public static final Capacity NONE = new Capacity(0, 0);

	public Capacity {
		if (known < 0 || undisclosedLines < 0) {
			throw new IllegalArgumentException("Capacity cannot be negative");
		}
	}

	public Capacity plus(Capacity other) {
		return new Capacity(known + other.known, undisclosedLines + other.undisclosedLines);
	}

	public Capacity times(double factor) {
		return new Capacity(known * factor, undisclosedLines);
	}

}
