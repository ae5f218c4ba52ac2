package org.batterytown.attraction.optimizer;

import java.util.List;
import java.util.UUID;

/**
 * The chosen leads and why: the expected contribution, the land and power they take, which limit binds
 * (no room left for it) and what one more mu or one more MW would add to the best contribution.
 */
public record Portfolio(List<UUID> chosen, double expectedContribution, double landUsed, double powerUsed,
		boolean landBinding, boolean powerBinding, double valueOfOneMoreMu, double valueOfOneMoreMw) {

	public Portfolio {
		chosen = List.copyOf(chosen);
	}

}
