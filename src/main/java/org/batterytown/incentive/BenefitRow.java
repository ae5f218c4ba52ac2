package org.batterytown.incentive;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An enrolled enterprise's benefit from a power-price policy, month by month: its reported electricity
 * (kWh) times the reduction; null where the month has no accepted report or the reduction is not known.
 */
public record BenefitRow(UUID enterpriseId, LocalizedText name, List<Month> months, @Nullable BigDecimal total) {

	public record Month(YearMonth month, @Nullable BigDecimal electricityKwh, @Nullable BigDecimal benefit) {
	}

}
