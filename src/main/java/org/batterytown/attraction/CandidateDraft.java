package org.batterytown.attraction;

import java.math.BigDecimal;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/**
 * An investor recorded as a candidate for a link of the target list: what it could bring (capacity in
 * the link's unit per year, investment in yuan) and what it would need (land in mu, power in MW), where
 * known.
 */
public record CandidateDraft(@Nullable UUID parkId, @Nullable Link link, @Nullable String investor,
		@Nullable BigDecimal capacity, @Nullable BigDecimal investment, @Nullable BigDecimal landMu,
		@Nullable BigDecimal powerMw, @Nullable String note) {
}
