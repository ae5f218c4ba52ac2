package org.batterytown.stats;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.batterytown.chain.Coefficients;
import org.batterytown.chain.ProductLinks;
import org.batterytown.chain.model.AnodeInput;
import org.batterytown.chain.model.InputCoefficient;
import org.batterytown.chain.model.Price;
import org.batterytown.project.ProducingLine;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectCapacity;
import org.batterytown.shared.Actor;
import org.batterytown.stats.review.Range;
import org.batterytown.stats.review.ReportFigures;
import org.batterytown.stats.review.ReviewContext;
import org.batterytown.stats.review.ReviewRules;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Gathers what the review rules compare a report with: the enterprise's producing capacity from the
 * registry, price and electricity bands from the chain's current coefficient set, the month before.
 */
@Component
class ReviewContexts {

	private final ProjectCapacity capacity;

	private final Coefficients coefficients;

	private final StatsSettings settings;

	ReviewContexts(ProjectCapacity capacity, Coefficients coefficients, StatsSettings settings) {
		this.capacity = capacity;
		this.coefficients = coefficients;
		this.settings = settings;
	}

	/** The context for one enterprise's month; {@code previous} is the accepted month before, if any. */
	ReviewContext of(UUID parkId, UUID enterpriseId, YearMonth period, @Nullable ReportFigures previous) {
		Bands bands = bands(period.getYear());
		return new ReviewContext(nameplates(parkId, enterpriseId).getOrDefault(enterpriseId, Map.of()), bands.prices(),
				bands.electricity(), previous);
	}

	/**
	 * Monthly nameplate per enterprise and product of a park's producing projects: of one enterprise, or
	 * of all ({@code enterpriseId} {@literal null}, read once for an import).
	 */
	Map<UUID, Map<Product, Optional<BigDecimal>>> nameplates(UUID parkId, @Nullable UUID enterpriseId) {
		Map<UUID, Map<Product, Optional<BigDecimal>>> result = new HashMap<>();
		for (ProducingLine line : capacity.producingLines(Actor.system(), parkId, enterpriseId)) {
			Optional<BigDecimal> monthly = line.nameplate() == null ? Optional.empty()
					: Optional.of(ReviewRules.monthly(line.nameplate()));
			result.computeIfAbsent(line.enterpriseId(), k -> new EnumMap<>(Product.class))
				.merge(line.product(), monthly,
						(a, b) -> a.isPresent() && b.isPresent() ? Optional.of(a.get().add(b.get())) : Optional.empty());
		}
		return result;
	}

	/** Price bands of the year (or the nearest year with one) and electricity bands per product. */
	Bands bands(int year) {
		var set = coefficients.current();
		Map<Product, Range> prices = new EnumMap<>(Product.class);
		for (Product product : Product.values()) {
			boolean toll = product.usualForm() == org.batterytown.project.ProductForm.TOLL_PROCESSING;
			set.prices()
				.stream()
				.filter(p -> p.link() == ProductLinks.of(product) && p.toll() == toll)
				.min(Comparator.comparingInt((Price p) -> Math.abs(p.year() - year)).thenComparing(p -> -p.year()))
				.ifPresent(p -> prices.put(product,
						new Range(p.low(), p.high(), p.source() + " (" + p.year() + ")")));
		}
		Map<Product, Range> electricity = new EnumMap<>(Product.class);
		List<InputCoefficient> graphitization = set.anodeInputs()
			.stream()
			.filter(c -> c.input() == AnodeInput.ELECTRICITY_ACHESON || c.input() == AnodeInput.ELECTRICITY_BOX_OR_LWG)
			.toList();
		if (!graphitization.isEmpty()) {
			double low = graphitization.stream().mapToDouble(InputCoefficient::low).min().orElseThrow();
			double high = graphitization.stream().mapToDouble(InputCoefficient::high).max().orElseThrow();
			String source = String.join("; ", graphitization.stream().map(InputCoefficient::source).toList());
			settings.graphitizationProducts().forEach(p -> electricity.put(p, new Range(low, high, source)));
		}
		return new Bands(prices, electricity);
	}

	record Bands(Map<Product, Range> prices, Map<Product, Range> electricity) {
	}

}
