package org.batterytown.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.calendar.DayType;
import org.batterytown.calendar.WorkingCalendar;
import org.batterytown.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A business-environment ticket. Guards its steps: it is answered only once routed and while an answer
 * is owed; it is rated only once answered; a poor rating (2 or less) reopens it with the reason, as long
 * as it has not been reopened as often as allowed, and the clock of the new round starts that day.
 */
@Table("ticket")
class Ticket {

	@Id
	private final UUID id;

	private final UUID parkId;

	private final UUID enterpriseId;

	private final @Nullable UUID projectId;

	private final String category;

	private final String title;

	private final String description;

	private TicketStatus status;

	private @Nullable String department;

	private final LocalDate filedOn;

	private LocalDate roundStartedOn;

	private LocalDate dueOn;

	private @Nullable LocalDate firstAnsweredOn;

	private @Nullable LocalDate answeredOn;

	private boolean answeredLate;

	private @Nullable Integer rating;

	private int reopenCount;

	private @Nullable LocalDate closedOn;

	private final Instant createdAt;

	private final String createdBy;

	@MappedCollection(idColumn = "ticket_id", keyColumn = "position")
	private List<TicketEvent> events = new ArrayList<>();

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Ticket(UUID id, UUID parkId, UUID enterpriseId, @Nullable UUID projectId, String category, String title,
			String description, TicketStatus status, LocalDate filedOn, LocalDate roundStartedOn, LocalDate dueOn,
			Instant createdAt, String createdBy) {
		this.id = id;
		this.parkId = parkId;
		this.enterpriseId = enterpriseId;
		this.projectId = projectId;
		this.category = category;
		this.title = title;
		this.description = description;
		this.status = status;
		this.filedOn = filedOn;
		this.roundStartedOn = roundStartedOn;
		this.dueOn = dueOn;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	static Ticket file(UUID parkId, UUID enterpriseId, @Nullable UUID projectId, Category category, String title,
			String description, LocalDate today, WorkingCalendar calendar, String username, Instant now) {
		Ticket t = new Ticket(UUID.randomUUID(), parkId, enterpriseId, projectId, category.code(), title.strip(),
				description.strip(), TicketStatus.FILED, today, today,
				calendar.due(today, category.responseDays(), DayType.WORKING), now, username);
		t.events.add(new TicketEvent(now, TicketEvent.Kind.FILED, username, null));
		return t;
	}

	void route(String to, String username, Instant now) {
		if (!status.awaitingAnswer()) {
			throw new RuleViolation("department", "ticket.notAwaiting");
		}
		department = to;
		if (status == TicketStatus.FILED) {
			status = TicketStatus.ROUTED;
		}
		events.add(new TicketEvent(now, TicketEvent.Kind.ROUTED, username, to));
	}

	void answer(String text, LocalDate today, String username, Instant now) {
		if (!status.awaitingAnswer()) {
			throw new RuleViolation("answer", "ticket.notAwaiting");
		}
		if (department == null) {
			throw new RuleViolation("answer", "ticket.notRouted");
		}
		status = TicketStatus.ANSWERED;
		answeredOn = today;
		if (firstAnsweredOn == null) {
			firstAnsweredOn = today;
		}
		answeredLate |= today.isAfter(dueOn);
		events.add(new TicketEvent(now, TicketEvent.Kind.ANSWERED, username, text.strip()));
	}

	/**
	 * The enterprise's rating of the answer: 3 or more closes the ticket; 2 or less reopens it (a reason
	 * is then needed) until it has been reopened {@code maxReopens} times, after which it closes rated.
	 */
	void rate(int stars, @Nullable String reason, int maxReopens, int responseDays, LocalDate today,
			WorkingCalendar calendar, String username, Instant now) {
		if (status != TicketStatus.ANSWERED) {
			throw new RuleViolation("rating", "ticket.notAnswered");
		}
		if (stars < 1 || stars > 5) {
			throw new RuleViolation("rating", "ticket.ratingRange");
		}
		boolean reopen = stars <= 2 && reopenCount < maxReopens;
		if (reopen && (reason == null || reason.isBlank())) {
			throw new RuleViolation("reason", "ticket.reasonRequired");
		}
		rating = stars;
		events.add(new TicketEvent(now, TicketEvent.Kind.RATED, username, stars + (reason == null || reason.isBlank()
				? "" : " · " + reason.strip())));
		if (reopen) {
			status = TicketStatus.REOPENED;
			reopenCount++;
			roundStartedOn = today;
			dueOn = calendar.due(today, responseDays, DayType.WORKING);
			events.add(new TicketEvent(now, TicketEvent.Kind.REOPENED, username, reason.strip()));
		}
		else {
			status = TicketStatus.CLOSED;
			closedOn = today;
			events.add(new TicketEvent(now, TicketEvent.Kind.CLOSED, username, null));
		}
	}

	UUID id() {
		return id;
	}

	UUID parkId() {
		return parkId;
	}

	UUID enterpriseId() {
		return enterpriseId;
	}

	@Nullable UUID projectId() {
		return projectId;
	}

	String category() {
		return category;
	}

	@Nullable String department() {
		return department;
	}

	TicketStatus status() {
		return status;
	}

	LocalDate filedOn() {
		return filedOn;
	}

	LocalDate dueOn() {
		return dueOn;
	}

	@Nullable LocalDate firstAnsweredOn() {
		return firstAnsweredOn;
	}

	boolean answeredLate() {
		return answeredLate;
	}

	@Nullable Integer rating() {
		return rating;
	}

	long version() {
		return version == null ? 0 : version;
	}

	TicketView view(Names names, Category category, List<AttachmentInfo> attachments, LocalDate today,
			WorkingCalendar calendar) {
		boolean overdue = status.awaitingAnswer() && today.isAfter(dueOn);
		return new TicketView(id, parkId, enterpriseId, names.enterprise(), projectId, names.project(), category, title,
				description, status, department, filedOn, dueOn, firstAnsweredOn, answeredOn, answeredLate, rating,
				reopenCount, closedOn, overdue, overdue ? calendar.elapsed(dueOn, today) : null,
				firstAnsweredOn == null ? null : calendar.elapsed(filedOn, firstAnsweredOn),
				events.stream().map(e -> new TicketView.Event(e.at(), e.kind().name(), e.username(), e.text())).toList(),
				attachments, createdAt, version());
	}

	/** The names a view shows beside the ids. */
	record Names(org.batterytown.shared.LocalizedText enterprise, org.batterytown.shared.@Nullable LocalizedText project) {
	}

}
