package org.batterytown.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.batterytown.project.ProducingLine;
import org.batterytown.project.Product;
import org.batterytown.stats.review.ReviewRules;
import org.jspecify.annotations.Nullable;

/**
 * Monthly nameplate of the registry's producing projects as it stood in past months: a project counts
 * from the month of its actual production milestone, else of its actual trial production; one without
 * either counts throughout (the stage log says when a stage was recorded, not when it was reached).
 */
final class CapacityHistory {

	private final Map<Key, List<Entry>> entries;

	private CapacityHistory(Map<Key, List<Entry>> entries) {
		this.entries = entries;
	}

	static CapacityHistory of(Collection<ProducingLine> lines) {
		Map<Key, List<Entry>> entries = new HashMap<>();
		for (ProducingLine l : lines) {
			LocalDate since = l.productionDate() != null ? l.productionDate() : l.trialProductionDate();
			entries.computeIfAbsent(new Key(l.enterpriseId(), l.product()), k -> new ArrayList<>())
				.add(new Entry(since == null ? null : YearMonth.from(since),
						l.nameplate() == null ? null : ReviewRules.monthly(l.nameplate())));
		}
		return new CapacityHistory(entries);
	}

	/**
	 * An enterprise's monthly nameplate of a product in a month, empty when a line of it is undisclosed,
	 * zero when it had none producing.
	 */
	Optional<BigDecimal> of(UUID enterpriseId, Product product, YearMonth month) {
		BigDecimal total = BigDecimal.ZERO;
		for (Entry e : entries.getOrDefault(new Key(enterpriseId, product), List.of())) {
			if (counts(e, month)) {
				if (e.monthly() == null) {
					return Optional.empty();
				}
				total = total.add(e.monthly());
			}
		}
		return Optional.of(total);
	}

	/** The disclosed monthly nameplate of a product in the whole scope in a month. */
	BigDecimal disclosed(Product product, YearMonth month) {
		BigDecimal total = BigDecimal.ZERO;
		for (var e : entries.entrySet()) {
			if (e.getKey().product() == product) {
				for (Entry entry : e.getValue()) {
					if (entry.monthly() != null && counts(entry, month)) {
						total = total.add(entry.monthly());
					}
				}
			}
		}
		return total;
	}

	List<Product> products() {
		return entries.keySet().stream().map(Key::product).distinct().sorted().toList();
	}

	private static boolean counts(Entry e, YearMonth month) {
		return e.since() == null || !e.since().isAfter(month);
	}

	private record Key(UUID enterpriseId, Product product) {
	}

	private record Entry(@Nullable YearMonth since, @Nullable BigDecimal monthly) {
	}

}
