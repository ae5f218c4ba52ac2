package org.batterytown.enterprise;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to register or edit an enterprise. The credit code may be left blank where it is not
 * public; a given one must carry a correct check character.
 */
public record EnterpriseDraft(@NotNull(message = "{enterprise.park.required}") UUID parkId,
		@Nullable @ValidCreditCode String creditCode,
		@NotBlank(message = "{field.nameZh.required}") @Size(max = 200) String nameZh,
		@Nullable @Size(max = 200) String nameEn, @Nullable @Size(max = 200) String parentGroup,
		@Nullable Set<ChainRole> chainRoles, boolean chainLeader, @Nullable @Size(max = 4000) String description) {

	public EnterpriseDraft {
		// a role the form could not convert arrives as null and is reported at the field, not thrown here
		chainRoles = chainRoles == null ? Set.of()
				: chainRoles.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

}
