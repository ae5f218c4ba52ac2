package org.batterytown.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A ticket as pages and the API read it, its clock as of today.
 *
 * @param dueOn the day the current round's answer is due
 * @param overdue awaiting an answer past its due day; {@code overdueDays} by how many working days
 * @param responseDays working days from filing to the first answer; null before it
 */
public record TicketView(UUID id, UUID parkId, UUID enterpriseId, LocalizedText enterpriseName,
		@Nullable UUID projectId, @Nullable LocalizedText projectName, Category category, String title,
		String description, TicketStatus status, @Nullable String department, LocalDate filedOn, LocalDate dueOn,
		@Nullable LocalDate firstAnsweredOn, @Nullable LocalDate answeredOn, boolean answeredLate,
		@Nullable Integer rating, int reopenCount, @Nullable LocalDate closedOn, boolean overdue,
		@Nullable Integer overdueDays, @Nullable Integer responseDays, List<Event> events,
		List<AttachmentInfo> attachments, Instant createdAt, long version) {

	public record Event(Instant at, String kind, String username, @Nullable String text) {
	}

}
