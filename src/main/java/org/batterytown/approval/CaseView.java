package org.batterytown.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.batterytown.calendar.DayType;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A case as pages and the API read it: its project, team, profile and checklist with every clock as of
 * today.
 *
 * @param done items done or committed, of {@code items.size()}
 */
public record CaseView(UUID id, UUID parkId, UUID projectId, LocalizedText projectName, ApprovalMode mode,
		CaseProfile profile, String leadAgent, @Nullable String coAgent, List<OfficerView> officers, List<Item> items,
		int done, Instant createdAt, String createdBy, long version) {

	public record OfficerView(String department, String username) {
	}

	/**
	 * An item with its clock.
	 *
	 * @param elapsed working days from acceptance to closing (or to today while it runs); null before it starts
	 * @param overdue running past its due day; {@code overdueDays} by how many working days
	 * @param beyondPromise it took (or has taken) longer than the zone promised
	 * @param postCheckOverdue a committed item whose post-check is open past its due day
	 */
	public record Item(int position, ItemType type, String department, @Nullable String officer, int limitDays,
			DayType dayType, @Nullable Integer promisedDays, boolean byCommitment, ItemStatus status,
			@Nullable LocalDate startedOn, @Nullable LocalDate dueOn, @Nullable LocalDate closedOn,
			@Nullable String documentNo, @Nullable Integer elapsed, boolean overdue, @Nullable Integer overdueDays,
			boolean beyondPromise, @Nullable LocalDate postCheckDue, @Nullable PostCheckStatus postCheckStatus,
			@Nullable LocalDate postCheckedOn, @Nullable String postCheckResult, boolean postCheckOverdue) {
	}

	/** The energy use the profile states, for forms. */
	public @Nullable BigDecimal energyTce() {
		return profile.energyTce();
	}

}
