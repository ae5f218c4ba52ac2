package org.batterytown.attraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.jspecify.annotations.Nullable;

/** The checks every write of the pipeline shares: who may write for a park, and amounts that cannot be negative. */
final class ZoneRules {

	private ZoneRules() {
	}

	/** @throws RuleViolations without a park; NotAllowed unless the actor works for the park's zone */
	static void zone(Actor actor, @Nullable UUID parkId, String subject) {
		if (parkId == null) {
			throw new RuleViolations(List.of(new RuleViolation("parkId", "lead.parkRequired")));
		}
		if (!actor.actsForZone(parkId)) {
			throw new NotAllowed(subject);
		}
	}

	/** Adds a violation for each named amount below 0; {@code fields} alternates names and values. */
	static void noNegatives(List<RuleViolation> found, Object... fields) {
		for (int i = 0; i < fields.length; i += 2) {
			if (fields[i + 1] instanceof BigDecimal value && value.signum() < 0) {
				found.add(new RuleViolation((String) fields[i], "lead.negative"));
			}
		}
	}

}
