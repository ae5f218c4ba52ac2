package org.batterytown.chain.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * A capacity line of the registry as the balance sees it: its link, its nameplate per year
 * ({@code NaN} when not disclosed), whether the scenario's stages count it, and whether it processes
 * others' material for a fee (toll) rather than making a product of its own.
 */
public record RegistryLine(Link link, double nameplate, boolean counted, boolean toll) {

	/** Sums the counted lines that make a product, per link; undisclosed ones are counted as lines, never as 0 t. */
	public static Map<Link, Capacity> capacities(Collection<RegistryLine> lines) {
		return sum(lines, false);
	}

	/** Sums the counted toll-processing lines per link: valued at the fee, never weighed as product. */
	public static Map<Link, Capacity> tollCapacities(Collection<RegistryLine> lines) {
		return sum(lines, true);
	}

	private static Map<Link, Capacity> sum(Collection<RegistryLine> lines, boolean toll) {
		Map<Link, Capacity> capacity = new EnumMap<>(Link.class);
		for (RegistryLine line : lines) {
			if (line.counted && line.toll == toll) {
				Capacity add = Double.isNaN(line.nameplate) ? new Capacity(0, 1) : new Capacity(line.nameplate, 0);
				capacity.merge(line.link, add, Capacity::plus);
			}
		}
		return capacity;
	}

}
