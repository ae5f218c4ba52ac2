package org.batterytown.chain.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Output value of a park's chain: capacity × utilization × price per link, a toll link at its fee,
 * and a total that counts the materials the park's own cells consume only once, inside the cells.
 *
 * @param year the year of the utilization used
 * @param totalLow the total at low utilization and prices, yuan per year, over the links whose price is known
 * @param unpriced links with capacity but no known price: the total leaves them out and says so
 */
public record OutputValue(int year, List<LinkValue> links, double totalLow, double totalBase, double totalHigh,
		List<Link> unpriced) {

	public OutputValue {
		links = List.copyOf(links);
		unpriced = List.copyOf(unpriced);
	}

	/**
	 * @param balance the balance of the same capacity, for each link's need per GWh of cells
	 * @param year the year whose prices and utilization apply (the latest earlier year where missing)
	 */
	public static OutputValue of(Map<Link, Capacity> products, Map<Link, Capacity> tolls, ChainBalance balance,
			Collection<Price> prices, Collection<Utilization> utilizations, int year) {
		Utilization u = utilizations.stream()
			.filter(x -> x.year() <= year)
			.max(Comparator.comparingInt(Utilization::year))
			.or(() -> utilizations.stream().min(Comparator.comparingInt(Utilization::year)))
			.orElseThrow(() -> new IllegalArgumentException("No utilization defaults"));
		double cellsGwh = products.getOrDefault(Link.CELLS, Capacity.NONE).known() * u.base();
		List<LinkValue> values = new ArrayList<>();
		List<Link> unpriced = new ArrayList<>();
		double[] total = new double[3];
		for (boolean toll : new boolean[] { false, true }) {
			for (var e : (toll ? tolls : products).entrySet()) {
				Link link = e.getKey();
				double capacity = e.getValue().known();
				if (capacity == 0) {
					continue;
				}
				Optional<Price> price = price(prices, link, toll, year);
				if (price.isEmpty()) {
					unpriced.add(link);
					values.add(new LinkValue(link, toll, null, null, null, 0, null, false));
					continue;
				}
				Price p = price.get();
				double contained = toll || link == Link.CELLS ? 0 : contained(balance, link, capacity * u.base(), cellsGwh);
				double kept = 1 - contained;
				double low = capacity * u.low() * p.low();
				double base = capacity * u.base() * p.base();
				double high = capacity * u.high() * p.high();
				total[0] += low * kept;
				total[1] += base * kept;
				total[2] += high * kept;
				values.add(new LinkValue(link, toll, low, base, high, contained, p.year(), p.grade() == 'D' || u.grade() == 'D'));
			}
		}
		return new OutputValue(u.year(), values, total[0], total[1], total[2], unpriced);
	}

	/** The share of a link's output that the park's own cells consume. */
	private static double contained(ChainBalance balance, Link link, double output, double cellsGwh) {
		if (cellsGwh == 0 || output == 0) {
			return 0;
		}
		double perGwh = balance.links().stream().filter(l -> l.link() == link).mapToDouble(LinkBalance::perGwh)
			.findFirst().orElse(0);
		return Math.min(1, cellsGwh * perGwh / output);
	}

	private static Optional<Price> price(Collection<Price> prices, Link link, boolean toll, int year) {
		List<Price> own = prices.stream().filter(p -> p.link() == link && p.toll() == toll).toList();
		return own.stream()
			.filter(p -> p.year() <= year)
			.max(Comparator.comparingInt(Price::year))
			.or(() -> own.stream().min(Comparator.comparingInt(Price::year)));
	}

}
