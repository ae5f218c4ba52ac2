package org.batterytown.attraction;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A move of a lead to another stage with what that stage's gate asks: signing needs the agreement's
 * date and amount and the land it needs; registration the registered company's name; losing a reason.
 */
public record LeadStageChange(@Nullable LeadStage target, @Nullable String note, @Nullable LocalDate agreementDate,
		@Nullable BigDecimal agreementAmount, @Nullable BigDecimal landMu, @Nullable String registeredCompany,
		@Nullable String lostReason) {
}
