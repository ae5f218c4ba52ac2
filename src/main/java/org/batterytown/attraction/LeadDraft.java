package org.batterytown.attraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/**
 * A lead as staff enter it. The code name is what everyone may see; the investor's names only those
 * who work the pipeline.
 *
 * @param eventId the promotion event it came from, if any (required for source EVENT)
 * @param ambassadorId the ambassador credited with it, if any (required for source AMBASSADOR)
 * @param likelihood the chance it is signed, 0 to 1, where estimated
 */
public record LeadDraft(@Nullable UUID parkId, @Nullable String codeName, @Nullable String investorGroup,
		@Nullable String localCompany, @Nullable Link link, @Nullable BigDecimal expectedInvestment,
		@Nullable BigDecimal capacity, @Nullable BigDecimal landMu, @Nullable BigDecimal powerLoadMw,
		@Nullable Integer jobs, @Nullable LeadSource source, @Nullable UUID eventId, @Nullable UUID ambassadorId,
		@Nullable String owner, @Nullable BigDecimal likelihood, @Nullable String nextAction,
		@Nullable LocalDate nextActionDue) {
}
