package org.batterytown.stats;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of an import: stored whole ({@code succeeded}), or refused whole with the rows' errors.
 * The error list is cut at the configured maximum; {@code errorCount} says how many were found.
 */
public record ImportResult(UUID id, String fileName, boolean succeeded, long rows, long reports, long errorCount,
		List<RowError> errors, Instant at, String username) {

	public ImportResult {
		errors = List.copyOf(errors);
	}

}
