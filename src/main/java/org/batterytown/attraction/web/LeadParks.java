package org.batterytown.attraction.web;

import java.util.UUID;

import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * The park a pipeline page works in: the one named, else the user's own, else the first they see.
 * Enterprise users have no pipeline pages.
 */
final class LeadParks {

	private LeadParks() {
	}

	static UUID of(Actor actor, @Nullable UUID requested, ParkManagement parks) {
		if (actor.role() == Role.ENTERPRISE) {
			throw new NotFound("lead", "");
		}
		return parks.pageParkOf(actor, requested);
	}

}
