package org.batterytown.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise expected to report a month. {@code daysOverdue} counts from the due date to today
 * while the enterprise owes a submission, or to its first submission if that was late;
 * {@literal null} when it is not (yet) late.
 */
public record ChasingRow(UUID enterpriseId, LocalizedText name, ReportingState state, @Nullable Instant firstSubmittedAt,
		LocalDate dueDate, @Nullable Long daysOverdue, Light light) {

	/** The enterprise still has to act: nothing submitted, or returned to it. */
	public boolean owesReport() {
		return state.owed();
	}

}
