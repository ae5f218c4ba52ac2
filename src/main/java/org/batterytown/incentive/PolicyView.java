package org.batterytown.incentive;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A policy with the enterprises enrolled in it. */
public record PolicyView(UUID id, UUID parkId, String name, PolicyKind kind, String eligibility,
		@Nullable BigDecimal reductionPerKwh, String basis, char grade, List<Enrolment> enrolments) {

	public record Enrolment(UUID enterpriseId, LocalizedText name, YearMonth from) {
	}

}
