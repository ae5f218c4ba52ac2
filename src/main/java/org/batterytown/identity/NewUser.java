package org.batterytown.identity;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.batterytown.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * What an admin gives to create a user. STAFF and VIEWER may be limited to a park; an ENTERPRISE user
 * must name their enterprise, whose park becomes theirs.
 */
public record NewUser(
		@NotBlank(message = "{user.username.required}") @Pattern(regexp = "[a-zA-Z0-9._-]{3,50}", message = "{user.username.invalid}") String username,
		@Nullable @Size(max = 100) String displayName,
		@NotBlank(message = "{user.password.required}") @Size(min = 12, max = 100, message = "{user.password.length}") String password,
		@NotNull(message = "{user.role.required}") Role role, @Nullable UUID parkId, @Nullable UUID enterpriseId) {
}
