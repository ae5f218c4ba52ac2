package org.batterytown.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure because PostgreSQL cannot be reached (stopped, restarting, the network gone) from a
 * failure of the request itself. The first is the server's condition, not the caller's or the code's:
 * it is answered 503 and passes when the database is back, since the pool reconnects by itself.
 */
public final class DatabaseOutage {

	/** A cause chain deeper than this is not followed (and never seen in practice). */
	private static final int MAX_DEPTH = 30;

	private DatabaseOutage() {
	}

	public static boolean causedBy(@Nullable Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
			if (isOutage(cause)) {
				return true;
			}
			cause = cause.getCause() == cause ? null : cause.getCause();
		}
		return false;
	}

	private static boolean isOutage(Throwable cause) {
		// A commit or rollback that failed as such (not translated into a refused value or a conflict)
		// failed to reach the server: when PostgreSQL ends a session the pool closes the connection, and
		// the rollback that follows fails with a bare "Connection is closed", hiding the first failure.
		if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
				|| cause instanceof TransactionSystemException
				|| cause instanceof SQLTransientConnectionException
				|| cause instanceof SQLNonTransientConnectionException) {
			return true;
		}
		// 08: connection exceptions; 57P01–57P03: the server is shutting down or starting up
		return cause instanceof SQLException sql && sql.getSQLState() != null
				&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"));
	}

}
