package org.batterytown.identity;

import java.time.Instant;
import java.util.UUID;

import org.batterytown.shared.Role;
import org.jspecify.annotations.Nullable;

/** A user as the admin's list shows it; never the password hash. */
public record UserView(UUID id, String username, @Nullable String displayName, Role role, @Nullable UUID parkId,
		@Nullable UUID enterpriseId, boolean enabled, Instant createdAt) {

	static UserView of(UserAccount a) {
		return new UserView(a.id(), a.username(), a.displayName(), a.role(), a.parkId(), a.enterpriseId(), a.enabled(),
				a.createdAt());
	}

}
