package org.batterytown.plan;

import java.math.BigDecimal;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/**
 * One change a named scenario makes to the registry or the market: a project's milestones not yet
 * reached moved by some months, a project cancelled, a link's prices (or all prices) or the
 * utilization scaled by a factor.
 */
public record ScenarioOverride(Type type, @Nullable UUID projectId, @Nullable Link link, @Nullable BigDecimal value) {

	public enum Type {

		DELAY_MONTHS, CANCEL, PRICE_FACTOR, UTILIZATION_FACTOR

	}

}
