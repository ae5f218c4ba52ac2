package org.batterytown.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SlippageTests {

	private static final LocalDate TODAY = LocalDate.of(2024, 1, 31);

	@Test
	void aHappenedMilestoneSlipsByActualMinusBaseline() {
		assertThat(Slippage.days(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 10), TODAY)).isEqualTo(10);
		assertThat(Slippage.days(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 21), TODAY)).isEqualTo(-10);
	}

	@Test
	void anOverdueMilestoneSlipsByTheDaysSinceItsBaseline() {
		assertThat(Slippage.days(LocalDate.of(2023, 12, 31), null, TODAY)).isEqualTo(31);
	}

	@Test
	void aMilestoneNotYetDueHasNotSlipped() {
		assertThat(Slippage.days(LocalDate.of(2024, 6, 30), null, TODAY)).isZero();
	}

	@Test
	void withoutABaselineSlippageIsUnknown() {
		assertThat(Slippage.days(null, LocalDate.of(2024, 1, 1), TODAY)).isNull();
	}

}
