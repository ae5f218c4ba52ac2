package org.batterytown.attraction;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One group of the funnel (all leads, or those of one source, event, ambassador or link): how many
 * deals reached each step, the rates Shanxi tracks, and the median days from each step to the next.
 *
 * @param group the group's key: {@code ALL}, a source, a link, or an event's or ambassador's id
 * @param startRate construction started ÷ signed (开工率); {@literal null} without a signed deal
 * @param productionRate producing ÷ construction started (投产率)
 * @param nameplateRate at nameplate ÷ producing (达产率, as the registry records 达产)
 * @param medianDays per step, the median days from the step before it, over the deals that reached both
 */
public record FunnelRow(String group, Map<FunnelStep, Integer> reached, @Nullable Double startRate,
		@Nullable Double productionRate, @Nullable Double nameplateRate, Map<FunnelStep, Double> medianDays) {
}
