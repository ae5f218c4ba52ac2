package org.batterytown.attraction;

import java.math.BigDecimal;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/**
 * A candidate investor of the target list, ranked within its link. {@code investor} is {@literal null}
 * for readers who may see code names only.
 *
 * @param covered how much of the link's shortfall its capacity would cover; {@literal null} where the
 *     shortfall or its capacity is not known
 * @param leadId the lead it became, if it was taken up
 */
public record CandidateView(UUID id, Link link, @Nullable String investor, @Nullable BigDecimal capacity,
		@Nullable BigDecimal investment, @Nullable BigDecimal landMu, @Nullable BigDecimal powerMw,
		@Nullable String note, @Nullable Double covered, int rank, @Nullable UUID leadId) {
}
