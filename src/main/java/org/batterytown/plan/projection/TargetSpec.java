package org.batterytown.plan.projection;

import java.util.Set;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/**
 * A target as the projection measures it in every scenario, met when the measure reaches the
 * threshold at the target's month.
 *
 * @param month the target date's month on the timeline
 * @param link the link measured; {@literal null} only for the output value
 * @param tollIncluded whether toll-processing lines count as the link's capacity
 * @param link the link measured: needed for capacity and matching; for enterprises, {@literal null}
 *     counts a production line of any link
 * @param members for {@link Kind#ENTERPRISES} the enterprises that count ({@literal null}: any); for
 *     {@link Kind#PROJECT} the projects
 */
public record TargetSpec(String key, Kind kind, int month, double threshold, @Nullable Link link,
		boolean tollIncluded, @Nullable Set<UUID> members) {

	public TargetSpec {
		if ((kind == Kind.CAPACITY || kind == Kind.MATCHING) && link == null) {
			throw new IllegalArgumentException(key + ": a " + kind + " target names its link");
		}
		if (Double.isNaN(threshold)) {
			throw new IllegalArgumentException(key + ": a target needs a threshold");
		}
		if (kind == Kind.PROJECT && members == null) {
			throw new IllegalArgumentException(key + ": a project target names its projects");
		}
		members = members == null ? null : Set.copyOf(members);
	}

	public enum Kind {

		/** The link's nameplate capacity in production at the month, per year. */
		CAPACITY,
		/** The park's output value over the calendar year of the month, yuan. */
		OUTPUT_VALUE,
		/** How many enterprises have a line of the link in production at the month. */
		ENTERPRISES,
		/** The link's capacity over what the park's anode capacity needs of it (1 = matched). */
		MATCHING,
		/** How many of the named projects are in production at the month. */
		PROJECT

	}

}
