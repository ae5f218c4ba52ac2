package org.batterytown.chain.model;

import java.util.EnumMap;
import java.util.Map;

/** The chemistry mix of the cells a balance assumes, as shares in per cent that add up to 100. */
public record Mix(Map<Chemistry, Integer> percent) {

	public Mix {
		Map<Chemistry, Integer> copy = new EnumMap<>(Chemistry.class);
		int sum = 0;
		for (var e : percent.entrySet()) {
			if (e.getValue() < 0) {
				throw new IllegalArgumentException("A share cannot be negative");
			}
			copy.put(e.getKey(), e.getValue());
			sum += e.getValue();
		}
		if (sum != 100) {
			throw new IllegalArgumentException("The shares add up to " + sum + " %, not 100 %");
		}
		percent = Map.copyOf(copy);
	}

	public static Mix of(int lfp, int ncm523, int ncm811) {
		return new Mix(Map.of(Chemistry.LFP, lfp, Chemistry.NCM523, ncm523, Chemistry.NCM811, ncm811));
	}

	/** The share of a chemistry in per cent, 0 when the mix has none. */
	public int percentOf(Chemistry chemistry) {
		return percent.getOrDefault(chemistry, 0);
	}

	public double share(Chemistry chemistry) {
		return percent.getOrDefault(chemistry, 0) / 100.0;
	}

}
