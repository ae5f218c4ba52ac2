package org.batterytown.stats;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.batterytown.project.Product;
import org.batterytown.shared.LocalizedText;
import org.batterytown.stats.figures.PeriodKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Computed figures, reused while the data under them is unchanged: a park's counted reports (its
 * data version), its registry (project versions) and its enterprises' names. Monthly figures change
 * a few times a month but are read all day, so a page view costs three small lookups instead of
 * summing thousands of reports. Access is checked before the cache is asked.
 */
@Component
class FigureCache {

	private static final int MAX_ENTRIES = 500;

	private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	private final Map<RegistryKey, RegistryEntry> registries = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<RegistryKey, RegistryEntry> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	/** The figures of a key computed from the data of a stamp, computing them if the stamp moved on. */
	FiguresView get(Key key, String stamp, Supplier<FiguresView> compute) {
		synchronized (entries) {
			Entry entry = entries.get(key);
			if (entry != null && entry.stamp().equals(stamp)) {
				return entry.figures();
			}
		}
		FiguresView figures = compute.get();
		synchronized (entries) {
			entries.put(key, new Entry(stamp, figures));
		}
		return figures;
	}

	/**
	 * What the figures read from the registry and the enterprise list, reused while their stamp holds:
	 * reports change far more often than plants and names.
	 */
	Registry registry(UUID parkId, @Nullable UUID enterpriseId, String stamp, Supplier<Registry> read) {
		RegistryKey key = new RegistryKey(parkId, enterpriseId);
		synchronized (registries) {
			RegistryEntry entry = registries.get(key);
			if (entry != null && entry.stamp().equals(stamp)) {
				return entry.registry();
			}
		}
		Registry registry = read.get();
		synchronized (registries) {
			registries.put(key, new RegistryEntry(stamp, registry));
		}
		return registry;
	}

	record Registry(CapacityHistory history, Map<UUID, LocalizedText> names) {
	}

	private record RegistryKey(UUID parkId, @Nullable UUID enterpriseId) {
	}

	private record RegistryEntry(String stamp, Registry registry) {
	}

	record Key(UUID parkId, @Nullable UUID enterpriseId, PeriodKind kind, YearMonth month, @Nullable Product product) {
	}

	private record Entry(String stamp, FiguresView figures) {
	}

}
