package org.batterytown.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A month's dispatch report: the snapshot if the month is closed (with the corrections accepted since,
 * which do not change it), else the report as it stands now.
 */
public record MonthDispatch(Dispatch dispatch, boolean closed, @Nullable Instant closedAt, @Nullable String closedBy,
		List<Correction> corrections) {

	/** A revision accepted after the close, against what the snapshot holds for that enterprise. */
	public record Correction(UUID enterpriseId, LocalizedText name, @Nullable Integer snapshotRevision,
			@Nullable BigDecimal snapshotOutputValue, int revision, @Nullable BigDecimal outputValue,
			Instant acceptedAt) {
	}

}
