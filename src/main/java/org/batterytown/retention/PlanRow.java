package org.batterytown.retention;

import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise in the visit plan of a quarter: how often it is to be visited and by whose care, its
 * last visit, when the next is due, its visits within the quarter and where that leaves it.
 *
 * @param ownInterval whether the interval was set for it (else the default)
 */
public record PlanRow(UUID enterpriseId, LocalizedText enterpriseName, int intervalMonths, boolean ownInterval,
		@Nullable String liaison, @Nullable LocalDate lastVisit, LocalDate nextDue, int visitsInQuarter,
		PlanStatus status, long version) {

	public enum PlanStatus {

		/** Due before today and not visited since. */
		OVERDUE,
		/** Due later in this quarter. */
		DUE,
		/** Visited in this quarter, next visit due after it. */
		VISITED,
		/** Next visit due after this quarter. */
		LATER

	}

}
