package org.batterytown.stats.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One measure of a period against a base period. The full set compares every enterprise with a figure
 * in either period; the same set (同口径) only those with a figure in both. Enterprises with a figure
 * only now are entering, only then leaving; their amounts are listed apart. A growth is
 * {@literal null} when its base is zero; {@code pullPoints} is each same-set enterprise's change in
 * percentage points of the same-set base (拉动).
 *
 * @param current total of every enterprise with a figure in the period
 * @param base total of every enterprise with a figure in the base period
 */
public record Comparison(BigDecimal current, BigDecimal base, @Nullable Double fullGrowth, BigDecimal sameCurrent,
		BigDecimal sameBase, @Nullable Double sameGrowth, int currentCount, int baseCount, int sameCount,
		List<Share> entering, List<Share> leaving, Map<UUID, Double> pullPoints) {

	/** An enterprise's amount in the period it alone has a figure in. */
	public record Share(UUID enterpriseId, BigDecimal amount) {
	}

}
