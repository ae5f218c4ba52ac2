package org.batterytown.incentive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A deal with its commitments checked as of today. */
public record DealView(UUID id, UUID parkId, UUID enterpriseId, LocalizedText enterpriseName, @Nullable UUID projectId,
		String title, String content, BenefitKind benefitKind, @Nullable BigDecimal amount, @Nullable String legalBasis,
		@Nullable String reviewNo, @Nullable LocalDate reviewedOn, @Nullable ReviewConclusion reviewConclusion,
		@Nullable String exceptionGround, @Nullable LocalDate termEndsOn, DealStatus status, @Nullable LocalDate signedOn,
		List<Line> commitments, Instant createdAt, String createdBy, long version) {

	/**
	 * A commitment of the ledger.
	 *
	 * @param actual what the registry or the statistics show (or staff recorded); null if unknown
	 * @param actualBasis where the actual comes from
	 * @param clawback what a missed obligation takes back, in yuan; null if not missed or not computable
	 */
	public record Line(int position, Side side, CommitmentKind kind, String description, @Nullable BigDecimal target,
			LocalDate dueOn, Clawback rule, @Nullable Double actual, @Nullable String actualBasis,
			@Nullable LocalDate fulfilledOn, CommitmentState state, @Nullable Double clawback) {
	}

}
