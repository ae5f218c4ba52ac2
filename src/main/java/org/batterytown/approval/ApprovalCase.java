package org.batterytown.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.calendar.WorkingCalendar;
import org.batterytown.shared.LocalizedText;
import org.batterytown.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project's full-agency approval case: the team and the checklist, generated at once from the catalogue
 * and the project's profile. Guards its items: an item starts only once, closes only while running, goes
 * by commitment only if the catalogue allows and the case runs in that mode, and each commitment gets
 * its post-check.
 */
@Table("approval_case")
class ApprovalCase {

	@Id
	private final UUID id;

	private final UUID parkId;

	private final UUID projectId;

	private final ApprovalMode mode;

	private final boolean newLand;

	private final EiaLevel eiaLevel;

	private final @Nullable BigDecimal energyTce;

	private final boolean hazardous;

	private final boolean specialFire;

	private String leadAgent;

	private @Nullable String coAgent;

	private final Instant createdAt;

	private final String createdBy;

	@MappedCollection(idColumn = "case_id", keyColumn = "position")
	private List<Officer> officers = new ArrayList<>();

	@MappedCollection(idColumn = "case_id", keyColumn = "position")
	private List<ApprovalItem> items = new ArrayList<>();

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	ApprovalCase(UUID id, UUID parkId, UUID projectId, ApprovalMode mode, boolean newLand, EiaLevel eiaLevel,
			@Nullable BigDecimal energyTce, boolean hazardous, boolean specialFire, String leadAgent,
			@Nullable String coAgent, Instant createdAt, String createdBy) {
		this.id = id;
		this.parkId = parkId;
		this.projectId = projectId;
		this.mode = mode;
		this.newLand = newLand;
		this.eiaLevel = eiaLevel;
		this.energyTce = energyTce;
		this.hazardous = hazardous;
		this.specialFire = specialFire;
		this.leadAgent = leadAgent;
		this.coAgent = coAgent;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	/** A case with its whole checklist, each item given to its department's officer where one is named. */
	static ApprovalCase open(UUID parkId, UUID projectId, ApprovalMode mode, CaseProfile profile, String leadAgent,
			@Nullable String coAgent, Map<String, String> officers, List<ItemType> checklist, String username,
			Instant now) {
		ApprovalCase c = new ApprovalCase(UUID.randomUUID(), parkId, projectId, mode, profile.newLand(),
				profile.eiaLevel(), profile.energyTce(), profile.hazardous(), profile.specialFire(), leadAgent, coAgent,
				now, username);
		officers.forEach((department, officer) -> c.officers.add(new Officer(department, officer)));
		for (ItemType type : checklist) {
			c.items.add(ApprovalItem.of(type, mode, officers.get(type.department())));
		}
		return c;
	}

	void start(int position, LocalDate acceptedOn, WorkingCalendar calendar) {
		item(position).start(acceptedOn, calendar);
	}

	void close(int position, LocalDate on, @Nullable String document) {
		item(position).close(on, document);
	}

	void commit(int position, LocalDate on, int postCheckDays, WorkingCalendar calendar) {
		if (mode != ApprovalMode.COMMITMENT) {
			throw new RuleViolation("status", "approval.item.notByCommitment");
		}
		item(position).commit(on, postCheckDays, calendar);
	}

	void postCheck(int position, boolean kept, LocalDate on, @Nullable String result) {
		item(position).postCheck(kept, on, result);
	}

	/** @throws RuleViolation if the case has no such item */
	String typeCode(int position) {
		return item(position).typeCode();
	}

	private ApprovalItem item(int position) {
		if (position < 0 || position >= items.size()) {
			throw new RuleViolation("position", "approval.item.unknown");
		}
		return items.get(position);
	}

	UUID id() {
		return id;
	}

	UUID parkId() {
		return parkId;
	}

	UUID projectId() {
		return projectId;
	}

	ApprovalMode mode() {
		return mode;
	}

	long version() {
		return version == null ? 0 : version;
	}

	List<ApprovalItem> items() {
		return List.copyOf(items);
	}

	CaseView view(LocalizedText projectName, Map<String, ItemType> types, LocalDate today, WorkingCalendar calendar) {
		List<CaseView.Item> shown = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			ApprovalItem item = items.get(i);
			shown.add(item.view(i, types.get(item.typeCode()), today, calendar));
		}
		int done = (int) items.stream()
			.filter(i -> i.status() == ItemStatus.DONE || i.status() == ItemStatus.COMMITTED)
			.count();
		return new CaseView(id, parkId, projectId, projectName, mode,
				new CaseProfile(newLand, eiaLevel, energyTce, hazardous, specialFire), leadAgent, coAgent,
				officers.stream().map(o -> new CaseView.OfficerView(o.department(), o.username())).toList(), shown, done,
				createdAt, createdBy, version());
	}

}
