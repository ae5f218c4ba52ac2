package org.batterytown.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTests {

	@Test
	void aServerThatIsAwayIsAnOutageHoweverDeepTheCause() {
		// what the pool says when no connection can be had, wrapped as the request sees it
		assertThat(DatabaseOutage.causedBy(new IllegalStateException("request failed",
				new CannotGetJdbcConnectionException("no connection", new SQLTransientConnectionException("timeout")))))
			.isTrue();
		// PostgreSQL's fast shutdown ends each session with 57P01; a broken socket is 08006
		assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("terminating connection", "57P01"))))
			.isTrue();
		assertThat(DatabaseOutage.causedBy(new SQLException("I/O error", "08006"))).isTrue();
	}

	@Test
	void aCommitOrRollbackThatFailedAsSuchIsAnOutage() {
		// after a fast shutdown the pool has closed the connection: the rollback fails with no SQL state
		assertThat(DatabaseOutage.causedBy(new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed")))).isTrue();
	}

	@Test
	void aRefusedValueOrABugIsNotAnOutage() {
		assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("too long",
				new SQLException("value too long", "22001")))).isFalse();
		assertThat(DatabaseOutage.causedBy(new SQLException("duplicate", "23505"))).isFalse();
		assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
		assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
		assertThat(DatabaseOutage.causedBy(null)).isFalse();
	}

}
