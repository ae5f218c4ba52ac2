package org.batterytown.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.batterytown.chain.ProductLinks;
import org.batterytown.chain.model.Link;
import org.batterytown.project.Product;
import org.batterytown.stats.FigureQueries.ProductSum;
import org.batterytown.stats.figures.Comparisons;
import org.batterytown.stats.figures.Period;
import org.jspecify.annotations.Nullable;

/** The product and chain-link rows of the figures, from the per-enterprise product sums. */
final class ProductFigureRows {

	private ProductFigureRows() {
	}

	static List<FiguresView.LinkFigures> links(List<ProductSum> now, List<ProductSum> then) {
		Map<Link, Map<UUID, BigDecimal>> current = byLink(now);
		Map<Link, Map<UUID, BigDecimal>> base = byLink(then);
		Set<Link> links = new HashSet<>(current.keySet());
		links.addAll(base.keySet());
		return links.stream()
			.sorted()
			.map(l -> new FiguresView.LinkFigures(l,
					Comparisons.compare(current.getOrDefault(l, Map.of()), base.getOrDefault(l, Map.of()))))
			.toList();
	}

	private static Map<Link, Map<UUID, BigDecimal>> byLink(List<ProductSum> sums) {
		Map<Link, Map<UUID, BigDecimal>> result = new EnumMap<>(Link.class);
		for (ProductSum s : sums) {
			if (s.outputValue() != null) {
				result.computeIfAbsent(ProductLinks.of(s.product()), k -> new HashMap<>())
					.merge(s.enterpriseId(), s.outputValue(), BigDecimal::add);
			}
		}
		return result;
	}

	static List<FiguresView.ProductFigures> products(List<ProductSum> now, List<ProductSum> then,
			CapacityHistory history, Period period) {
		Set<Product> products = new HashSet<>(history.products());
		now.forEach(s -> products.add(s.product()));
		then.forEach(s -> products.add(s.product()));
		List<FiguresView.ProductFigures> result = new ArrayList<>();
		for (Product product : products.stream().sorted().toList()) {
			Map<UUID, @Nullable BigDecimal> current = production(now, product);
			BigDecimal sales = now.stream()
				.filter(s -> s.product() == product && s.sales() != null)
				.map(ProductSum::sales)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal capacity = period.months().stream().map(m -> history.disclosed(product, m))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			Utilization u = Utilization.of(current, product, period, history);
			result.add(new FiguresView.ProductFigures(product, product.unit(),
					Comparisons.compare(current, production(then, product)), sales, capacity, u.ratio(), u.basis()));
		}
		return result;
	}

	private static Map<UUID, @Nullable BigDecimal> production(List<ProductSum> sums, Product product) {
		Map<UUID, @Nullable BigDecimal> result = new HashMap<>();
		sums.stream().filter(s -> s.product() == product).forEach(s -> result.put(s.enterpriseId(), s.production()));
		return result;
	}

}
