package org.batterytown.attraction;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.plan.PlanView;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Which open leads to pursue for a plan stage, and why. Leads appear by code name only.
 *
 * @param value the chosen set's expected share of the stage's gaps filled, summed over its goals
 * @param monthsUnsigned the plan's assumed months from now to production of a lead not yet signed
 * @param monthsSigned the same for a signed lead
 * @param valueOfOneMoreMu what one more mu of land would add to {@code value}; likewise one more MW
 * @param notWeighed the stage's targets leads cannot be weighed against (a rank, a named project)
 */
public record OptimizerView(UUID parkId, UUID planId, LocalizedText planName, List<PlanView.Stage> stages, int stageNo,
		double probability, double landMu, double powerMw, boolean inTimeOnly, int monthsUnsigned, int monthsSigned,
		double value, double landUsed, double powerUsed, boolean landBinding, boolean powerBinding,
		double valueOfOneMoreMu, double valueOfOneMoreMw, List<GoalRow> goals, List<Pick> leads, List<Left> left,
		List<PlanView.Target> notWeighed) {

	/** A target's gap at the probability, in what leads add to it, and the chosen set's expected filling. */
	public record GoalRow(PlanView.Target target, double gap, double filled) {

		public double share() {
			return filled / gap;
		}

	}

	/** A weighed lead: when it could produce, what it would add to each goal (expected), and whether chosen. */
	public record Pick(UUID leadId, String codeName, LeadStage stage, @Nullable Link link, double likelihood,
			double landMu, double powerMw, YearMonth production, Map<String, Double> expected, boolean chosen) {
	}

	/** An open lead that was not weighed, and why (a message key). */
	public record Left(UUID leadId, String codeName, LeadStage stage, String reason) {
	}

}
