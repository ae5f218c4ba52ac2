package org.batterytown.attraction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/**
 * A signed lead whose local company is registered: from here the deal goes on as a project in the
 * registry, made from the lead's data.
 */
public record LeadRegistered(UUID leadId, UUID parkId, String codeName, String localCompany,
		@Nullable String investorGroup, @Nullable Link link, @Nullable BigDecimal capacity,
		@Nullable BigDecimal investment, Instant at) {
}
