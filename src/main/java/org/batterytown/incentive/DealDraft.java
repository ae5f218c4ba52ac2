package org.batterytown.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A case-by-case deal as drafted: the enterprise (and project), what it grants and its amount, the legal
 * basis, the fair-competition review record (number, date, conclusion, the 第12条 ground of an exception),
 * the term, and the commitments of both sides.
 */
public record DealDraft(@Nullable UUID enterpriseId, @Nullable UUID projectId, @Nullable String title,
		@Nullable String content, @Nullable BenefitKind benefitKind, @Nullable BigDecimal amount,
		@Nullable String legalBasis, @Nullable String reviewNo, @Nullable LocalDate reviewedOn,
		@Nullable ReviewConclusion reviewConclusion, @Nullable String exceptionGround, @Nullable LocalDate termEndsOn,
		@Nullable List<CommitmentDraft> commitments) {
}
