package org.batterytown.chain.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * A capacity line of the registry as the balance sees it: its link, its nameplate per year
 * ({@code NaN} when not disclosed) and whether the scenario counts it.
 */
public record RegistryLine(Link link, double nameplate, boolean counted) {

	/** Sums the counted lines per link; undisclosed ones are counted as lines, never as 0 t. */
	public static Map<Link, Capacity> capacities(Collection<RegistryLine> lines) {
		Map<Link, Capacity> capacity = new EnumMap<>(Link.class);
		for (RegistryLine line : lines) {
			if (line.counted) {
				Capacity add = Double.isNaN(line.nameplate) ? new Capacity(0, 1) : new Capacity(line.nameplate, 0);
				capacity.merge(line.link, add, Capacity::plus);
			}
		}
		return capacity;
	}

}
