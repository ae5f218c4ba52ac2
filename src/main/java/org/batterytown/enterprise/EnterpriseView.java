package org.batterytown.enterprise;

import java.util.Set;

import org.batterytown.park.ParkId;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/** An enterprise as other modules and pages read it; an undisclosed credit code is {@literal null}. */
public record EnterpriseView(EnterpriseId id, ParkId parkId, @Nullable String creditCode, LocalizedText name,
		@Nullable String parentGroup, Set<ChainRole> chainRoles, boolean chainLeader, @Nullable String description,
		long version) {
}
