package org.batterytown.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A task someone owns until it is done, with a due day. Guards its one step: done once. */
@Table("retention_follow_up")
class FollowUp {

	@Id
	private final UUID id;

	private final UUID parkId;

	private final UUID enterpriseId;

	private final FollowUpOrigin origin;

	private final UUID originId;

	private final @Nullable String ruleCode;

	private final String title;

	private final String owner;

	private final LocalDate dueOn;

	private FollowUpStatus status;

	private @Nullable LocalDate doneOn;

	private @Nullable String doneNote;

	private @Nullable String doneBy;

	private final Instant createdAt;

	private final String createdBy;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	FollowUp(UUID id, UUID parkId, UUID enterpriseId, FollowUpOrigin origin, UUID originId, @Nullable String ruleCode,
			String title, String owner, LocalDate dueOn, FollowUpStatus status, Instant createdAt, String createdBy) {
		this.ruleCode = ruleCode;
		this.id = id;
		this.parkId = parkId;
		this.enterpriseId = enterpriseId;
		this.origin = origin;
		this.originId = originId;
		this.title = title;
		this.owner = owner;
		this.dueOn = dueOn;
		this.status = status;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	static FollowUp open(UUID parkId, UUID enterpriseId, FollowUpOrigin origin, UUID originId,
			@Nullable String ruleCode, String title, String owner, LocalDate dueOn, String username, Instant now) {
		String shortened = title.length() > 1000 ? title.substring(0, 999) + "…" : title;
		return new FollowUp(UUID.randomUUID(), parkId, enterpriseId, origin, originId, ruleCode, shortened, owner, dueOn,
				FollowUpStatus.OPEN, now, username);
	}

	@Nullable
	String ruleCode() {
		return ruleCode;
	}

	String title() {
		return title;
	}

	/** @throws RuleViolation if it is done already */
	void done(LocalDate on, @Nullable String note, String username) {
		if (status == FollowUpStatus.DONE) {
			throw new RuleViolation("status", "followUp.doneAlready");
		}
		status = FollowUpStatus.DONE;
		doneOn = on;
		doneNote = note == null || note.isBlank() ? null : note.strip();
		doneBy = username;
	}

	FollowUpView view(LocalDate today, org.batterytown.shared.LocalizedText enterpriseName) {
		boolean overdue = status == FollowUpStatus.OPEN && today.isAfter(dueOn);
		return new FollowUpView(id, parkId, enterpriseId, enterpriseName, origin, originId, title, owner, dueOn,
				status, overdue, doneOn, doneNote, doneBy, createdAt, createdBy, version == null ? 0 : version);
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

	FollowUpOrigin origin() {
		return origin;
	}

	FollowUpStatus status() {
		return status;
	}

	LocalDate dueOn() {
		return dueOn;
	}

	long version() {
		return version == null ? 0 : version;
	}

}
