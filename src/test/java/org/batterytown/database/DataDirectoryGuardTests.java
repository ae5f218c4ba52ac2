package org.batterytown.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The persistent data directory survives what operators do to it: a kill -9 of the app, and a second
 * instance started by mistake on the same directory.
 */
class DataDirectoryGuardTests {

	private Path dir;

	private Process child;

	@BeforeEach
	void directory() throws IOException {
		dir = Files.createTempDirectory("bt-guard").resolve("pg");
		Files.createDirectories(dir);
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (child != null && child.isAlive()) {
			child.destroy();
			child.waitFor(20, TimeUnit.SECONDS);
		}
		try (var files = Files.walk(dir.getParent())) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	@Test
	void aSecondInstanceOnTheSameDirectoryFailsAtOnceWithAClearMessage() throws Exception {
		child = startChild();

		assertThatThrownBy(() -> DataDirectoryGuard.prepare(dir))
			.isInstanceOf(DataDirectoryGuard.DataDirectoryInUse.class)
			.hasMessageContaining("in use by another running Battery Town")
			.hasMessageContaining("BATTERYTOWN_DATA_DIR");
	}

	@Test
	void aRestartAfterKillMinus9StopsTheOrphanedPostmasterAndKeepsTheData() throws Exception {
		child = startChild();
		long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
		child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("postmaster orphaned by kill -9")
			.contains(true);

		DataDirectoryGuard.prepare(dir);

		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start(); Connection c = postgres.getPostgresDatabase().getConnection();
				Statement s = c.createStatement();
				ResultSet rows = s.executeQuery("select note from survivor")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("written before kill -9");
		}
	}

	/** Keeps the child's output pipe from filling up; ends quietly when the child goes. */
	private static void drain(BufferedReader out) {
		try {
			while (out.readLine() != null) {
				// discard
			}
		}
		catch (IOException ended) {
			// the child is gone
		}
	}

	private Process startChild() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				PostgresInChildJvm.class.getName(), dir.toString())
			.redirectErrorStream(true)
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		StringBuilder seen = new StringBuilder();
		while ((line = out.readLine()) != null) {
			seen.append(line).append('\n');
			if (line.equals("READY")) {
				Thread drain = new Thread(() -> drain(out));
				drain.setDaemon(true);
				drain.start();
				return process;
			}
		}
		throw new AssertionError("the child JVM ended before PostgreSQL was ready:\n" + seen);
	}

}
