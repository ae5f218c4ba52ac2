package org.batterytown.enterprise.web;

import java.util.Set;
import java.util.UUID;

import org.batterytown.enterprise.ChainRole;
import org.batterytown.enterprise.EnterpriseView;
import org.jspecify.annotations.Nullable;

/** An enterprise in the API; an undisclosed credit code is {@literal null}. */
record EnterpriseDto(UUID id, UUID parkId, @Nullable String creditCode, String nameZh, @Nullable String nameEn,
		@Nullable String parentGroup, Set<ChainRole> chainRoles, boolean chainLeader, @Nullable String description,
		long version) {

	static EnterpriseDto of(EnterpriseView e) {
		return new EnterpriseDto(e.id().value(), e.parkId().value(), e.creditCode(), e.name().zh(), e.name().en(),
				e.parentGroup(), e.chainRoles(), e.chainLeader(), e.description(), e.version());
	}

}
