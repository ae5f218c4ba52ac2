package org.batterytown.attraction.optimizer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The chosen leads and why: the weighted expected contribution, what it fills of each goal (expected,
 * capped at the gap), the land and power they take, which limit binds (a lead that would still add
 * something does not fit in what is left of it) and what one more mu or one more MW would add.
 */
public record Portfolio(List<UUID> chosen, double value, Map<String, Double> filled, double landUsed,
		double powerUsed, boolean landBinding, boolean powerBinding, double valueOfOneMoreMu,
		double valueOfOneMoreMw) {

	public Portfolio {
		chosen = List.copyOf(chosen);
		filled = Map.copyOf(filled);
	}

}
