package org.batterytown.approval;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What about a project decides its checklist: new construction land (else land already transferred), the
 * EIA document, yearly energy use in tonnes of standard coal ({@literal null} if not yet estimated: the
 * energy review is then listed), hazardous chemicals, and a special construction work for fire review.
 */
public record CaseProfile(boolean newLand, EiaLevel eiaLevel, @Nullable BigDecimal energyTce, boolean hazardous,
		boolean specialFire) {
}
