package org.batterytown.stats.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Year-on-year and period-on-period growth as the statistics bureau computes its comparable rate:
 * the current total over the same enterprises' base total (STATISTICS.md §3.1), next to the plain
 * ratio of the two published totals, which moves with every enterprise that enters or leaves.
 */
public final class Comparisons {

	private Comparisons() {
	}

	/**
	 * Compares a measure's totals per enterprise. An enterprise missing from a map, or mapped to
	 * {@literal null}, has no figure for that period.
	 */
	public static Comparison compare(Map<UUID, ? extends @Nullable BigDecimal> current,
			Map<UUID, ? extends @Nullable BigDecimal> base) {
		Map<UUID, BigDecimal> now = known(current);
		Map<UUID, BigDecimal> then = known(base);
		BigDecimal sameNow = BigDecimal.ZERO;
		BigDecimal sameThen = BigDecimal.ZERO;
		List<Comparison.Share> entering = new ArrayList<>();
		List<Comparison.Share> leaving = new ArrayList<>();
		for (var e : now.entrySet()) {
			BigDecimal before = then.get(e.getKey());
			if (before == null) {
				entering.add(new Comparison.Share(e.getKey(), e.getValue()));
			}
			else {
				sameNow = sameNow.add(e.getValue());
				sameThen = sameThen.add(before);
			}
		}
		then.forEach((id, amount) -> {
			if (!now.containsKey(id)) {
				leaving.add(new Comparison.Share(id, amount));
			}
		});
		Map<UUID, Double> pull = new HashMap<>();
		if (sameThen.signum() > 0) {
			for (var e : now.entrySet()) {
				BigDecimal before = then.get(e.getKey());
				if (before != null) {
					pull.put(e.getKey(), ratio(e.getValue().subtract(before), sameThen) * 100);
				}
			}
		}
		Comparator<Comparison.Share> largestFirst = Comparator.comparing(Comparison.Share::amount).reversed();
		entering.sort(largestFirst);
		leaving.sort(largestFirst);
		BigDecimal total = sum(now);
		BigDecimal baseTotal = sum(then);
		return new Comparison(total, baseTotal, growth(total, baseTotal), sameNow, sameThen, growth(sameNow, sameThen),
				now.size(), then.size(), now.size() - entering.size(), List.copyOf(entering), List.copyOf(leaving),
				Map.copyOf(pull));
	}

	/** {@code current / base - 1}, or {@literal null} without a positive base. */
	public static @Nullable Double growth(BigDecimal current, BigDecimal base) {
		return base.signum() > 0 ? ratio(current, base) - 1 : null;
	}

	private static double ratio(BigDecimal a, BigDecimal b) {
		return a.divide(b, 12, RoundingMode.HALF_EVEN).doubleValue();
	}

	private static Map<UUID, BigDecimal> known(Map<UUID, ? extends @Nullable BigDecimal> values) {
		Map<UUID, BigDecimal> known = new HashMap<>();
		values.forEach((id, v) -> {
			if (v != null) {
				known.put(id, v);
			}
		});
		return known;
	}

	private static BigDecimal sum(Map<UUID, BigDecimal> values) {
		return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
