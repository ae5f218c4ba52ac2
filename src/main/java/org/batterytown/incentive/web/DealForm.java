package org.batterytown.incentive.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.incentive.BenefitKind;
import org.batterytown.incentive.CommitmentDraft;
import org.batterytown.incentive.DealDraft;
import org.jspecify.annotations.Nullable;

/**
 * The new-deal form: the deal and three rows of commitments (a row left without a description is not a
 * commitment). The legal basis and the review record are entered on the deal's page before signing.
 */
record DealForm(@Nullable UUID parkId, @Nullable UUID enterpriseId, @Nullable UUID projectId, @Nullable String title,
		@Nullable String content, @Nullable BenefitKind benefitKind, @Nullable BigDecimal amount,
		@Nullable List<CommitmentDraft> commitments) {

	static final int ROWS = 3;

	static DealForm empty(UUID parkId) {
		List<CommitmentDraft> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			rows.add(new CommitmentDraft(null, null, null, null, null, null));
		}
		return new DealForm(parkId, null, null, null, null, null, null, rows);
	}

	DealDraft draft() {
		List<CommitmentDraft> filled = new ArrayList<>();
		for (CommitmentDraft c : commitments == null ? List.<CommitmentDraft>of() : commitments) {
			if (c != null && c.description() != null && !c.description().isBlank()) {
				filled.add(c);
			}
		}
		return new DealDraft(enterpriseId, projectId, title, content, benefitKind, amount, null, null, null, null, null,
				null, filled);
	}

}
