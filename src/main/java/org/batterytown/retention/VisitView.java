package org.batterytown.retention;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A visit as read, with what became of each problem: the ticket's status and due day, or the
 * follow-up's owner, due day and status.
 */
public record VisitView(UUID id, UUID parkId, UUID enterpriseId, LocalizedText enterpriseName, LocalDate visitedOn,
		String visitors, @Nullable String hosts, Set<Topic> topics, @Nullable String notes, List<Problem> problems,
		List<Promise> promises, @Nullable String expansionPlan, @Nullable BigDecimal expansionInvestment,
		@Nullable BigDecimal expansionCapacity, @Nullable Link expansionLink, @Nullable UUID expansionLeadId,
		Instant createdAt, String createdBy, long version) {

	/**
	 * @param ticketStatus the ticket's status code ({@code TicketStatus}), when it became one
	 * @param overdue whether its ticket or follow-up is past its due day unanswered or undone
	 */
	public record Problem(int position, String text, @Nullable UUID ticketId, @Nullable String ticketStatus,
			@Nullable UUID followUpId, @Nullable FollowUpStatus followUpStatus, @Nullable String owner,
			@Nullable LocalDate dueOn, boolean overdue) {

		public boolean open() {
			return ticketId == null && followUpId == null;
		}

	}

	public record Promise(String text, @Nullable LocalDate dueOn, @Nullable UUID followUpId,
			@Nullable FollowUpStatus status, @Nullable String owner, boolean overdue) {
	}

	public long openProblems() {
		return problems.stream().filter(Problem::open).count();
	}

}
