package org.batterytown.attraction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The funnel's arithmetic, plain Java: counts per step, the three rates and the median days between
 * consecutive steps, over deals given as the first time each reached each step.
 */
final class Funnels {

	private Funnels() {
	}

	/** A deal's way through the steps: when it first reached each, and the group it counts in. */
	record Journey(String group, Map<FunnelStep, Instant> reached) {
	}

	/** One row per group in the order groups first appear, preceded by none: callers add "ALL" themselves. */
	static List<FunnelRow> rows(List<Journey> journeys) {
		Map<String, List<Journey>> groups = new LinkedHashMap<>();
		journeys.forEach(j -> groups.computeIfAbsent(j.group(), k -> new ArrayList<>()).add(j));
		List<FunnelRow> rows = new ArrayList<>();
		groups.forEach((group, members) -> rows.add(row(group, members)));
		return rows;
	}

	static FunnelRow row(String group, List<Journey> journeys) {
		Map<FunnelStep, Integer> reached = new EnumMap<>(FunnelStep.class);
		Map<FunnelStep, Double> median = new EnumMap<>(FunnelStep.class);
		FunnelStep[] steps = FunnelStep.values();
		for (FunnelStep step : steps) {
			reached.put(step, (int) journeys.stream().filter(j -> j.reached().containsKey(step)).count());
		}
		for (int s = 1; s < steps.length; s++) {
			FunnelStep from = steps[s - 1];
			FunnelStep to = steps[s];
			List<Double> days = new ArrayList<>();
			for (Journey j : journeys) {
				Instant a = j.reached().get(from);
				Instant b = j.reached().get(to);
				if (a != null && b != null) {
					days.add(Duration.between(a, b).toHours() / 24.0);
				}
			}
			if (!days.isEmpty()) {
				median.put(to, median(days));
			}
		}
		return new FunnelRow(group, reached, rate(reached, FunnelStep.CONSTRUCTION_START, FunnelStep.SIGNED),
				rate(reached, FunnelStep.PRODUCTION, FunnelStep.CONSTRUCTION_START),
				rate(reached, FunnelStep.NAMEPLATE, FunnelStep.PRODUCTION), median);
	}

	private static @Nullable Double rate(Map<FunnelStep, Integer> reached, FunnelStep numerator, FunnelStep denominator) {
		int d = reached.get(denominator);
		return d == 0 ? null : (double) reached.get(numerator) / d;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
