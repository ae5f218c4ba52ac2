package org.batterytown.stats.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
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
		// a park page compares a dozen measures over thousands of enterprises: one pass per map, no copies
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal sameNow = BigDecimal.ZERO;
		BigDecimal sameThen = BigDecimal.ZERO;
		int count = 0;
		List<Comparison.Share> entering = new ArrayList<>();
		for (var e : current.entrySet()) {
			BigDecimal now = e.getValue();
			if (now == null) {
				continue;
			}
			count++;
			total = total.add(now);
			BigDecimal then = base.get(e.getKey());
			if (then == null) {
				entering.add(new Comparison.Share(e.getKey(), now));
			}
			else {
				sameNow = sameNow.add(now);
				sameThen = sameThen.add(then);
			}
		}
		BigDecimal baseTotal = BigDecimal.ZERO;
		int baseCount = 0;
		List<Comparison.Share> leaving = new ArrayList<>();
		for (var e : base.entrySet()) {
			BigDecimal then = e.getValue();
			if (then == null) {
				continue;
			}
			baseCount++;
			baseTotal = baseTotal.add(then);
			if (current.get(e.getKey()) == null) {
				leaving.add(new Comparison.Share(e.getKey(), then));
			}
		}
		Map<UUID, Double> pull = new HashMap<>(Math.max(16, (count - entering.size()) * 2));
		if (sameThen.signum() > 0) {
			double points = 100 / sameThen.doubleValue();
			for (var e : current.entrySet()) {
				BigDecimal now = e.getValue();
				BigDecimal then = now == null ? null : base.get(e.getKey());
				if (then != null) {
					pull.put(e.getKey(), (now.doubleValue() - then.doubleValue()) * points);
				}
			}
		}
		Comparator<Comparison.Share> largestFirst = Comparator.comparing(Comparison.Share::amount).reversed();
		entering.sort(largestFirst);
		leaving.sort(largestFirst);
		return new Comparison(total, baseTotal, growth(total, baseTotal), sameNow, sameThen, growth(sameNow, sameThen),
				count, baseCount, count - entering.size(), Collections.unmodifiableList(entering),
				Collections.unmodifiableList(leaving), Collections.unmodifiableMap(pull));
	}

	/** {@code current / base - 1}, or {@literal null} without a positive base. */
	public static @Nullable Double growth(BigDecimal current, BigDecimal base) {
		return base.signum() > 0 ? ratio(current, base) - 1 : null;
	}

	private static double ratio(BigDecimal a, BigDecimal b) {
		return a.divide(b, 12, RoundingMode.HALF_EVEN).doubleValue();
	}

}
