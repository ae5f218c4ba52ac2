package org.batterytown.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.batterytown.project.Product;
import org.batterytown.stats.figures.Period;
import org.jspecify.annotations.Nullable;

/**
 * Production ÷ nameplate of a product over a period, counting only enterprises whose nameplate is
 * disclosed for every month and positive: a plant of unknown size would otherwise inflate the ratio.
 */
record Utilization(@Nullable Double ratio, int basis) {

	static Utilization of(Map<UUID, @Nullable BigDecimal> production, Product product, Period period,
			CapacityHistory history) {
		BigDecimal produced = BigDecimal.ZERO;
		BigDecimal capacity = BigDecimal.ZERO;
		int basis = 0;
		for (var e : production.entrySet()) {
			if (e.getValue() == null) {
				continue;
			}
			Optional<BigDecimal> nameplate = Optional.of(BigDecimal.ZERO);
			for (var month : period.months()) {
				Optional<BigDecimal> m = history.of(e.getKey(), product, month);
				nameplate = nameplate.flatMap(n -> m.map(n::add));
			}
			if (nameplate.isPresent() && nameplate.get().signum() > 0) {
				produced = produced.add(e.getValue());
				capacity = capacity.add(nameplate.get());
				basis++;
			}
		}
		return new Utilization(basis == 0 ? null : produced.divide(capacity, 10, RoundingMode.HALF_EVEN).doubleValue(),
				basis);
	}

}
