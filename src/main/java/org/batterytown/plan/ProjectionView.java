package org.batterytown.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.batterytown.plan.projection.Calibration;
import org.batterytown.plan.projection.Fan;
import org.batterytown.plan.projection.Influence;
import org.jspecify.annotations.Nullable;

/**
 * A plan's targets against the registry: each target's actual, its deterministic projection, the
 * percentiles and odds over the scenarios and what it would take to meet it with the chosen
 * probability; the monthly series behind the charts; and what the projection had to assume.
 *
 * @param months the timeline, one entry per month of every series
 * @param basis where the delays came from, and from how many milestones
 */
public record ProjectionView(PlanId planId, int versionNo, @Nullable UUID scenarioId, @Nullable String scenarioName,
		int scenarios, long seed, double probability, YearMonth now, List<YearMonth> months, Calibration.Basis basis,
		int observations, List<TargetRow> targets, List<Series> deterministic, List<Fan> fans, Notes notes) {

	/**
	 * A target's row. Values are in the target's unit (t/yr, yuan, enterprises, a ratio, a place).
	 *
	 * @param actual what the registry (or the statistics, or a source for a rank) shows at the target date,
	 *     or now if the date is still ahead; {@literal null} where unknown
	 * @param actualBasis where the actual comes from: registry, statistics (with its source), source
	 * @param registered for a capacity target, the capacity of every project registered and not
	 *     cancelled, whatever its stage (lines with an undisclosed nameplate left out)
	 * @param projected the deterministic projection at the target date; {@literal null} if not projected
	 * @param probability the share of scenarios meeting it
	 * @param reached the value reached with the chosen probability
	 * @param gap what it takes beyond that to meet the target at that probability, in the target's unit
	 * @param gapCapacity the gap as capacity of {@code gapLink}, per year (an output value gap at base
	 *     price and utilization)
	 */
	public record TargetRow(PlanView.Target target, @Nullable Double actual, @Nullable String actualBasis,
			@Nullable Double registered, @Nullable Double projected, @Nullable Double probability, @Nullable Double p10, @Nullable Double p50,
			@Nullable Double p90, @Nullable Double reached, @Nullable Double gap, @Nullable Double gapCapacity,
			@Nullable String gapLink, List<Influence> influences) {
	}

	/** A deterministic monthly series: {@code capacity:<LINK>[:toll]}, {@code production:…}, {@code outputValue}, {@code electricity}. */
	public record Series(String name, double[] values) {
	}

	/**
	 * @param undisclosedLines capacity lines left out because their nameplate is not disclosed
	 * @param assumedDates projects whose production month was taken as the lead time of their stage
	 * @param undatedProducers producing projects without a production date, counted from the month the
	 *     registry recorded them producing
	 * @param unpriced streams without a price, left out of the output value
	 * @param withoutElectricity streams whose electricity per unit is unknown, left out of electricity
	 */
	public record Notes(int undisclosedLines, List<String> assumedDates, List<String> undatedProducers,
			List<String> unpriced, List<String> withoutElectricity) {
	}

}
