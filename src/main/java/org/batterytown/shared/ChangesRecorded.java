package org.batterytown.shared;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A module changed an aggregate: the audit trail stores it in the same transaction, so a change is
 * never kept without its record.
 *
 * @param subjectType e.g. "enterprise", "project"
 * @param subjectId the aggregate's id
 * @param parkId the park whose data it is
 * @param username who changed it
 * @param at when
 * @param changes the fields that changed; for a creation, every field from unknown to its value
 */
public record ChangesRecorded(String subjectType, UUID subjectId, UUID parkId, String username, Instant at,
		List<FieldChange> changes) {

	public ChangesRecorded {
		changes = List.copyOf(changes);
	}

}
