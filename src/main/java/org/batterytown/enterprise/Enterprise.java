package org.batterytown.enterprise;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.batterytown.park.ParkId;
import org.batterytown.shared.FieldChange;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An enterprise settled in a park. */
@Table("enterprise")
class Enterprise {

	@Id
	private final UUID id;

	private UUID parkId;

	private @Nullable String creditCode;

	private String nameZh;

	private @Nullable String nameEn;

	private @Nullable String parentGroup;

	@MappedCollection(idColumn = "enterprise_id")
	private Set<EnterpriseRole> roles = new HashSet<>();

	private boolean chainLeader;

	private @Nullable String description;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Enterprise(UUID id, UUID parkId, String nameZh) {
		this.id = id;
		this.parkId = parkId;
		this.nameZh = nameZh;
	}

	/** A new enterprise with nothing known yet; {@link #apply} fills it in and reports every field as set. */
	static Enterprise blank(UUID parkId) {
		return new Enterprise(UUID.randomUUID(), parkId, "");
	}

	/** Applies an edit and returns what changed, for the audit trail. */
	List<FieldChange> apply(EnterpriseDraft d) {
		String code = d.creditCode() == null || d.creditCode().isBlank() ? null : CreditCode.of(d.creditCode()).value();
		var diff = new FieldChange.Diff().field("parkId", parkId, d.parkId())
			.field("creditCode", creditCode, code)
			.field("nameZh", nameZh, d.nameZh())
			.field("nameEn", nameEn, d.nameEn())
			.field("parentGroup", parentGroup, d.parentGroup())
			.field("chainRoles", roleText(chainRoles()), roleText(d.chainRoles()))
			.field("chainLeader", chainLeader, d.chainLeader())
			.field("description", description, d.description());
		parkId = d.parkId();
		creditCode = code;
		nameZh = d.nameZh().trim();
		nameEn = blankToNull(d.nameEn());
		parentGroup = blankToNull(d.parentGroup());
		roles = d.chainRoles().stream().map(r -> new EnterpriseRole(d.parkId(), r)).collect(Collectors.toSet());
		chainLeader = d.chainLeader();
		description = blankToNull(d.description());
		return diff.changes();
	}

	EnterpriseView view() {
		return new EnterpriseView(new EnterpriseId(id), new ParkId(parkId), creditCode, new LocalizedText(nameZh, nameEn),
				parentGroup, chainRoles(), chainLeader, description, version == null ? 0 : version);
	}

	private Set<ChainRole> chainRoles() {
		Set<ChainRole> set = EnumSet.noneOf(ChainRole.class);
		roles.forEach(r -> set.add(r.role()));
		return set;
	}

	private static @Nullable String roleText(Set<ChainRole> set) {
		return set.isEmpty() ? null
				: set.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	UUID id() {
		return id;
	}

	UUID parkId() {
		return parkId;
	}

	@Nullable String creditCode() {
		return creditCode;
	}

	long version() {
		return version == null ? 0 : version;
	}

	boolean chainLeader() {
		return chainLeader;
	}

}
