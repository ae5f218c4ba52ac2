package org.batterytown.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CommitmentCheckTests {

	private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

	@Test
	void aMissedObligationClawsBackTheMissedShareOrAll() {
		// 4 亿 of the promised 5 亿: a fifth missed of a 1,000 万 benefit is 200 万
		var proportional = CommitmentCheck.of(Side.ENTERPRISE, 5e8, 4e8, null, DUE, Clawback.PROPORTIONAL, 1e7,
				LocalDate.of(2026, 7, 1), 30);
		assertThat(proportional.state()).isEqualTo(CommitmentState.MISSED);
		assertThat(proportional.clawback()).isCloseTo(2e6, within(1e-6));
		var full = CommitmentCheck.of(Side.ENTERPRISE, 5e8, 4e8, null, DUE, Clawback.FULL, 1e7, LocalDate.of(2026, 7, 1), 30);
		assertThat(full.clawback()).isEqualTo(1e7);
		var none = CommitmentCheck.of(Side.ENTERPRISE, 5e8, 4e8, null, DUE, Clawback.NONE, 1e7, LocalDate.of(2026, 7, 1), 30);
		assertThat(none.clawback()).isZero();
	}

	@Test
	void beforeTheDueDateItIsOpenThenDueSoonAndMetWhenReached() {
		assertThat(CommitmentCheck.of(Side.ENTERPRISE, 5e8, 1e8, null, DUE, Clawback.FULL, 1e7, LocalDate.of(2026, 5, 1), 30)
			.state()).isEqualTo(CommitmentState.OPEN);
		assertThat(CommitmentCheck.of(Side.ENTERPRISE, 5e8, 1e8, null, DUE, Clawback.FULL, 1e7, LocalDate.of(2026, 6, 10), 30)
			.state()).isEqualTo(CommitmentState.DUE_SOON);
		assertThat(CommitmentCheck.of(Side.ENTERPRISE, 5e8, 6e8, null, DUE, Clawback.FULL, 1e7, LocalDate.of(2026, 8, 1), 30)
			.state()).isEqualTo(CommitmentState.MET);
		// unknown after the due date: no figure, no clawback guessed
		var unknown = CommitmentCheck.of(Side.ENTERPRISE, 5e8, null, null, DUE, Clawback.FULL, 1e7, LocalDate.of(2026, 8, 1), 30);
		assertThat(unknown.state()).isEqualTo(CommitmentState.UNKNOWN);
		assertThat(unknown.clawback()).isNull();
		// the government's promise without a figure: met by its fulfilment date, and never clawed back
		assertThat(CommitmentCheck.of(Side.GOVERNMENT, null, null, LocalDate.of(2026, 6, 1), DUE, Clawback.NONE, null,
				LocalDate.of(2026, 8, 1), 30).state()).isEqualTo(CommitmentState.MET);
		var late = CommitmentCheck.of(Side.GOVERNMENT, null, null, null, DUE, Clawback.NONE, null, LocalDate.of(2026, 8, 1), 30);
		assertThat(late.state()).isEqualTo(CommitmentState.MISSED);
		assertThat(late.clawback()).isNull();
	}

}
