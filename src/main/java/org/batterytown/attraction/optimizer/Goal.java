package org.batterytown.attraction.optimizer;

import org.jspecify.annotations.Nullable;

/**
 * What the chosen leads should fill: a plan target's gap, in its unit. Filling beyond the gap adds
 * nothing; {@code gap} {@literal null} means no cap. Each unit filled counts {@code weight}.
 */
public record Goal(String key, @Nullable Double gap, double weight) {

	public Goal {
		if ((gap != null && !(gap > 0)) || !(weight > 0)) {
			throw new IllegalArgumentException(key + ": a gap and a weight above 0");
		}
	}

	/** A gap whose filled share counts: filling all of it is worth 1. */
	public static Goal share(String key, double gap) {
		return new Goal(key, gap, 1 / gap);
	}

	double cap() {
		return gap == null ? Double.POSITIVE_INFINITY : gap;
	}

}
