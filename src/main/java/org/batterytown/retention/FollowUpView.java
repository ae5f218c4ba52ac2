package org.batterytown.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A follow-up task as read: {@code overdue} while open past its due day. */
public record FollowUpView(UUID id, UUID parkId, UUID enterpriseId, LocalizedText enterpriseName, FollowUpOrigin origin,
		UUID originId, String title, String owner, LocalDate dueOn, FollowUpStatus status, boolean overdue,
		@Nullable LocalDate doneOn, @Nullable String doneNote, @Nullable String doneBy, Instant createdAt,
		String createdBy, long version) {
}
