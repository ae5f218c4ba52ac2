package org.batterytown.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs the embedded PostgreSQL on a data directory in a JVM of its own, as a running Battery Town
 * would, so tests can kill that JVM with SIGKILL or start a second instance beside it. Writes one row,
 * prints READY, then waits to be killed.
 */
public final class PostgresInChildJvm {

	private PostgresInChildJvm() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		DataDirectoryGuard.prepare(dir);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("create table if not exists survivor (note text)");
			s.execute("insert into survivor values ('written before kill -9')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
