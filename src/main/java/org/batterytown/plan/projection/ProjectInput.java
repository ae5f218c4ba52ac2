package org.batterytown.plan.projection;

import java.util.List;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.project.StageGroup;
import org.jspecify.annotations.Nullable;

/**
 * A project as the projection reads it. Months are indices of the timeline (negative: before it
 * starts). A milestone already reached is actual and never delayed; one not reached moves by the
 * scenario's delay and can happen no earlier than the current month.
 *
 * @param group where the project stands, which decides its delay and cancellation odds
 * @param trialMonth when its ramp-up starts (trial production), no later than {@code productionMonth}
 * @param productionMonth when its capacity starts to count (production)
 * @param rampMonths months from trial production to nameplate where planned, else drawn
 * @param cancelled a cancelled project adds nothing but keeps its place in the draws, so that
 *     cancelling it changes no other project's scenario
 * @param lines its capacity lines with a disclosed nameplate
 */
public record ProjectInput(UUID projectId, UUID enterpriseId, String name, StageGroup group, int trialMonth,
		boolean trialActual, int productionMonth, boolean productionActual, @Nullable Integer rampMonths,
		boolean cancelled, List<Line> lines) {

	public ProjectInput {
		if (trialMonth > productionMonth) {
			throw new IllegalArgumentException(name + ": trial production after production");
		}
		if (rampMonths != null && rampMonths < 1) {
			throw new IllegalArgumentException(name + ": a ramp-up takes at least a month");
		}
		lines = List.copyOf(lines);
	}

	/** Whether a scenario's delay can still move it. */
	boolean movable() {
		return !productionActual || !trialActual;
	}

	/**
	 * A line of the project in its link's unit per year; a toll line processes others' material and is
	 * valued at its fee.
	 */
	public record Line(Link link, boolean toll, double nameplate) {

		public Line {
			if (!(nameplate > 0) || Double.isInfinite(nameplate)) {
				throw new IllegalArgumentException("A nameplate must be positive: " + nameplate);
			}
		}

		Stream stream() {
			return new Stream(link, toll);
		}

	}

	/** What a link makes: its own product, or toll processing of others' material. */
	public record Stream(Link link, boolean toll) {
	}

}
