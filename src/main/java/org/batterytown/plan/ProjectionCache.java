package org.batterytown.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.batterytown.shared.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Projections reused while what they rest on is unchanged. A projection of 10,000 scenarios takes a few
 * hundred milliseconds of both cores; the overview shows one on every visit, and 50 users opening it at
 * once queued for 20 seconds (measured with scripts/load). The key holds the plan version, the request,
 * who asks (role and park scope), and a stamp of the inputs: the park's projects and enterprises, the
 * assumptions, the coefficient set, the county's industry figures and the month. Concurrent requests
 * for the same key wait for one computation.
 */
@Component
class ProjectionCache {

	record Key(UUID planId, int versionNo, int scenarios, long seed, double probability, Role role,
			@Nullable UUID scopePark, String stamp) {
	}

	private static final int MAX_ENTRIES = 64;

	private final Map<Key, CompletableFuture<ProjectionView>> entries = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<ProjectionView>> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	ProjectionView get(Key key, Supplier<ProjectionView> compute) {
		CompletableFuture<ProjectionView> future;
		boolean mine = false;
		synchronized (entries) {
			future = entries.get(key);
			if (future == null) {
				future = new CompletableFuture<>();
				entries.put(key, future);
				mine = true;
			}
		}
		if (mine) {
			try {
				future.complete(compute.get());
			}
			catch (RuntimeException ex) {
				synchronized (entries) {
					entries.remove(key);
				}
				future.completeExceptionally(ex);
				throw ex;
			}
		}
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for a projection", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
		}
	}

}
