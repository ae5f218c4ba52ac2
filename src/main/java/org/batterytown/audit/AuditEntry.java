package org.batterytown.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One recorded field change, as shown in a change history. */
public record AuditEntry(Instant at, String username, String field, @Nullable String oldValue,
		@Nullable String newValue) {
}
