package org.batterytown.incentive;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A draft deal's legal basis and fair-competition review record, as entered before signing. */
public record ReviewRecord(@Nullable String legalBasis, @Nullable String reviewNo, @Nullable LocalDate reviewedOn,
		@Nullable ReviewConclusion reviewConclusion, @Nullable String exceptionGround, @Nullable LocalDate termEndsOn) {
}
