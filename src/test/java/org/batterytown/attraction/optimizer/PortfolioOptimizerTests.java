package org.batterytown.attraction.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PortfolioOptimizerTests {

	private static Candidate lead(String name, double likelihood, double contribution, double land, double power) {
		return new Candidate(UUID.nameUUIDFromBytes(name.getBytes()), name, likelihood, contribution, land, power);
	}

	private final Candidate a = lead("A", 1.0, 60, 10, 1);

	private final Candidate b = lead("B", 0.5, 200, 20, 1);

	private final Candidate c = lead("C", 1.0, 120, 30, 1);

	@Test
	void landBindingTheKnownOptimumIsChosenAndSaidToBind() {
		// 50 mu: A+B (60+100, 30 mu), A+C (180, 40 mu), B+C (220, 50 mu) — B+C is the optimum
		Portfolio p = PortfolioOptimizer.choose(List.of(a, b, c), 50, 100);
		assertThat(p.chosen()).containsExactlyInAnyOrder(b.leadId(), c.leadId());
		assertThat(p.expectedContribution()).isCloseTo(220, within(1e-9));
		assertThat(p.landUsed()).isEqualTo(50);
		assertThat(p.landBinding()).isTrue();
		assertThat(p.powerBinding()).isFalse();
		// one more mu does not yet let A in: A needs 10
		assertThat(p.valueOfOneMoreMu()).isCloseTo(0, within(1e-9));
		assertThat(p.valueOfOneMoreMw()).isCloseTo(0, within(1e-9));
	}

	@Test
	void withEnoughOfBothEveryLeadWorthAnythingIsChosen() {
		Portfolio p = PortfolioOptimizer.choose(List.of(a, b, c), 60, 3);
		assertThat(p.chosen()).hasSize(3);
		assertThat(p.landBinding()).isFalse();
		assertThat(p.expectedContribution()).isCloseTo(280, within(1e-9));
	}

	@Test
	void powerCanBindInsteadAndOneMoreMegawattShowsWhatItWouldAdd() {
		// 2 MW: two of the three; B+C (220) is best; a third MW adds A (60)
		Portfolio p = PortfolioOptimizer.choose(List.of(a, b, c), 1_000, 2);
		assertThat(p.chosen()).containsExactlyInAnyOrder(b.leadId(), c.leadId());
		assertThat(p.powerBinding()).isTrue();
		assertThat(p.landBinding()).isFalse();
		assertThat(p.valueOfOneMoreMw()).isCloseTo(60, within(1e-9));
	}

	@Test
	void badInputIsRefused() {
		assertThatThrownBy(() -> PortfolioOptimizer.choose(List.of(a), -1, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> lead("D", 1.5, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
	}

}
