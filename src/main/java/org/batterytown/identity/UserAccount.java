package org.batterytown.identity;

import java.time.Instant;
import java.util.UUID;

import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person who logs in, with the role and data scope that decide what they see. */
@Table("user_account")
class UserAccount {

	@Id
	private final UUID id;

	private final String username;

	private @Nullable String displayName;

	private String passwordHash;

	private final Role role;

	private final @Nullable UUID parkId;

	private final @Nullable UUID enterpriseId;

	private boolean enabled;

	private final Instant createdAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	UserAccount(UUID id, String username, @Nullable String displayName, String passwordHash, Role role,
			@Nullable UUID parkId, @Nullable UUID enterpriseId, boolean enabled, Instant createdAt) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.parkId = parkId;
		this.enterpriseId = enterpriseId;
		this.enabled = enabled;
		this.createdAt = createdAt;
	}

	Actor actor() {
		return new Actor(username, role, parkId, enterpriseId);
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	void enable(boolean on) {
		this.enabled = on;
	}

	UUID id() {
		return id;
	}

	String username() {
		return username;
	}

	@Nullable String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	Role role() {
		return role;
	}

	@Nullable UUID parkId() {
		return parkId;
	}

	@Nullable UUID enterpriseId() {
		return enterpriseId;
	}

	boolean enabled() {
		return enabled;
	}

	Instant createdAt() {
		return createdAt;
	}

	long version() {
		return version == null ? 0 : version;
	}

}
