package org.batterytown.stats;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rebuilds the running totals an import made stale, one park after another on a thread of its own,
 * once the import's transaction has committed; on start, those a restart interrupted.
 */
@Component
class RunningTotalsRebuilds {

	private static final Logger log = LoggerFactory.getLogger(RunningTotalsRebuilds.class);

	private final ParkMonths parkMonths;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "running-totals");
		thread.setDaemon(true);
		return thread;
	});

	RunningTotalsRebuilds(ParkMonths parkMonths) {
		this.parkMonths = parkMonths;
	}

	/** Queues a rebuild of the park's stale years for when the current transaction commits. */
	void afterCommit(UUID parkId) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				queue(parkId);
			}
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void leftOver() {
		parkMonths.parksWithStaleYears().forEach(this::queue);
	}

	private void queue(UUID parkId) {
		worker.execute(() -> {
			long start = System.nanoTime();
			try {
				parkMonths.rebuildStale(parkId);
				log.info("Rebuilt the running totals of park {} in {} ms", parkId, (System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException ex) {
				// the marks stay: the figures keep summing months, and the next start tries again
				log.warn("Could not rebuild the running totals of park {}", parkId, ex);
			}
		});
	}

	/** Waits until the rebuilds queued so far have run. */
	void drain() throws InterruptedException, java.util.concurrent.ExecutionException {
		worker.submit(() -> {
		}).get();
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

}
