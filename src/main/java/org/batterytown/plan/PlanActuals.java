package org.batterytown.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.plan.projection.Band;
import org.batterytown.plan.projection.Market;
import org.batterytown.plan.projection.Outcome;
import org.batterytown.plan.projection.Path;
import org.batterytown.plan.projection.ProjectInput.Stream;
import org.batterytown.plan.projection.TargetOdds;
import org.batterytown.plan.projection.Timeline;
import org.batterytown.shared.Actor;
import org.batterytown.stats.IndustryFigure;
import org.batterytown.stats.IndustryFigures;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A target's row: the actual beside the projection and the gap. Registry measures are the registry's
 * facts at the target date (or last month, if the date is ahead); the output value of a past year is
 * the statistics' stored industry figure with its source, and unknown without one; a national rank
 * is what a source reported.
 */
@Component
class PlanActuals {

	private final IndustryFigures industry;

	PlanActuals(IndustryFigures industry) {
		this.industry = industry;
	}

	ProjectionView.TargetRow unprojected(PlanView.Target t) {
		Double actual = t.actualValue() == null ? null : t.actualValue().doubleValue();
		return new ProjectionView.TargetRow(t, actual, actual == null ? null : "source", null, null, null, null, null,
				null, null, null, null, null, List.of());
	}

	ProjectionView.TargetRow row(Actor actor, UUID parkId, PlanView.Target t, int k, double registryActual,
			@Nullable Double registered,
			Timeline timeline, YearMonth now, Path path, Outcome outcome, double probability, Market market) {
		Double actual = registryActual;
		String basis = "registry";
		if (t.kind() == TargetKind.OUTPUT_VALUE) {
			IndustryFigure figure = figure(actor, parkId, t.date().getYear());
			actual = figure == null || figure.outputValue() == null ? null : figure.outputValue().doubleValue();
			basis = figure == null || figure.outputValue() == null ? null
					: "statistics:" + figure.basis() + (figure.sourceTitle() == null ? "" : ":" + figure.sourceTitle());
		}
		TargetOdds odds = outcome.targets().get(k);
		double threshold = t.threshold().doubleValue();
		double reached = outcome.reachedWith(k, probability);
		double gap = Math.max(0, threshold - reached);
		int month = timeline.index(YearMonth.from(t.date()));
		Link link = PlanProjections.gapLink(t);
		Double capacity = switch (t.kind()) {
			case CAPACITY -> gap;
			case MATCHING_RATIO -> {
				double anode = path.capacity(new Stream(Link.ANODE, false), month);
				Double need = market.perGwh().get(t.link());
				Double anodeNeed = market.perGwh().get(Link.ANODE);
				yield need == null || anodeNeed == null ? null : gap * anode * need / anodeNeed;
			}
			case OUTPUT_VALUE -> valueAsCapacity(gap, market, t.date().getYear());
			default -> null;
		};
		return new ProjectionView.TargetRow(t, actual, basis, registered, path.targetMeasures()[k], odds.probability(), odds.p10(),
				odds.p50(), odds.p90(), reached, gap, capacity, link == null ? null : link.name(), odds.influences());
	}

	/** An output value as anode capacity at the year's base price and utilization; null without a price. */
	private static @Nullable Double valueAsCapacity(double value, Market market, int year) {
		Band price = market.price(new Stream(Link.ANODE, false), year);
		Band utilization = market.utilization(year);
		return price == null || price.base() * utilization.base() == 0 ? null
				: value / (price.base() * utilization.base());
	}

	/** A value that changes with the park's industry figures, the only statistics a projection reads. */
	String stamp(Actor actor, UUID parkId) {
		return Integer.toHexString(industry.of(actor, parkId).hashCode());
	}

	private @Nullable IndustryFigure figure(Actor actor, UUID parkId, int year) {
		return industry.of(actor, parkId).stream().filter(f -> f.parkIndustry() && f.year() == year).findFirst()
			.orElse(null);
	}

}
