package org.batterytown.plan.projection;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.batterytown.chain.model.Link;
import org.batterytown.plan.projection.ProjectInput.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The market a projection runs in: price bands per link (a toll link at its fee) and utilization
 * bands by year, electricity per unit of each link, and each link's need per GWh of cells (for the
 * matching ratio and for not counting twice the materials the park's own cells contain). A year
 * without its own band takes the latest earlier one (or the first).
 */
public record Market(Map<Stream, NavigableMap<Integer, Band>> prices, NavigableMap<Integer, Band> utilization,
		Map<Link, Double> electricityPerUnit, Map<Link, Double> perGwh) {

	public Market {
		if (utilization.isEmpty()) {
			throw new IllegalArgumentException("A market needs a utilization band");
		}
		prices = Map.copyOf(prices);
		utilization = new TreeMap<>(utilization);
		electricityPerUnit = Map.copyOf(electricityPerUnit);
		perGwh = Map.copyOf(perGwh);
	}

	/** The stream's price band of a year, or of the latest earlier year (or the first); null if none. */
	public @Nullable Band price(Stream stream, int year) {
		NavigableMap<Integer, Band> bands = prices.get(stream);
		return bands == null || bands.isEmpty() ? null : byYear(bands, year);
	}

	public Band utilization(int year) {
		return byYear(utilization, year);
	}

	private static Band byYear(NavigableMap<Integer, Band> bands, int year) {
		var entry = bands.floorEntry(year);
		return entry != null ? entry.getValue() : bands.firstEntry().getValue();
	}

}
