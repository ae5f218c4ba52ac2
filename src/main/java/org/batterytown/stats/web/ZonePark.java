package org.batterytown.stats.web;

import java.util.UUID;

import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.BadParameter;
import org.jspecify.annotations.Nullable;

/** The park a zone page or request works in: the one named, else the user's own, else the only one. */
final class ZonePark {

	private ZonePark() {
	}

	static UUID of(Actor actor, @Nullable UUID requested, ParkManagement parks) {
		if (requested != null) {
			return requested;
		}
		if (actor.parkId() != null) {
			return actor.parkId();
		}
		var all = parks.list(actor);
		if (all.size() == 1) {
			return all.get(0).id().value();
		}
		throw new BadParameter("parkId", "stats.import.parkNeeded");
	}


}
