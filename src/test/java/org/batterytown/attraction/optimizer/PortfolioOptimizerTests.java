package org.batterytown.attraction.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PortfolioOptimizerTests {

	private static final List<Goal> VALUE = List.of(new Goal("value", null, 1));

	private static Candidate lead(String name, double likelihood, double contribution, double land, double power) {
		return lead(name, likelihood, Map.of("value", contribution), land, power);
	}

	private static Candidate lead(String name, double likelihood, Map<String, Double> contributions, double land,
			double power) {
		return new Candidate(UUID.nameUUIDFromBytes(name.getBytes()), name, likelihood, contributions, land, power);
	}

	private final Candidate a = lead("A", 1.0, 60, 10, 1);

	private final Candidate b = lead("B", 0.5, 200, 20, 1);

	private final Candidate c = lead("C", 1.0, 120, 30, 1);

	@Test
	void landBindingTheKnownOptimumIsChosenAndSaidToBind() {
		// 50 mu: A+B (60+100, 30 mu), A+C (180, 40 mu), B+C (220, 50 mu) — B+C is the optimum
		Portfolio p = PortfolioOptimizer.choose(List.of(a, b, c), VALUE, 50, 100);
		assertThat(p.chosen()).containsExactlyInAnyOrder(b.leadId(), c.leadId());
		assertThat(p.value()).isCloseTo(220, within(1e-9));
		assertThat(p.landUsed()).isEqualTo(50);
		assertThat(p.landBinding()).isTrue();
		assertThat(p.powerBinding()).isFalse();
		// one more mu does not yet let A in: A needs 10
		assertThat(p.valueOfOneMoreMu()).isCloseTo(0, within(1e-9));
		assertThat(p.valueOfOneMoreMw()).isCloseTo(0, within(1e-9));
	}

	@Test
	void withEnoughOfBothEveryLeadWorthAnythingIsChosen() {
		Portfolio p = PortfolioOptimizer.choose(List.of(a, b, c), VALUE, 60, 3);
		assertThat(p.chosen()).hasSize(3);
		assertThat(p.landBinding()).isFalse();
		assertThat(p.value()).isCloseTo(280, within(1e-9));
	}

	@Test
	void powerCanBindInsteadAndOneMoreMegawattShowsWhatItWouldAdd() {
		// 2 MW: two of the three; B+C (220) is best; a third MW adds A (60)
		Portfolio p = PortfolioOptimizer.choose(List.of(a, b, c), VALUE, 1_000, 2);
		assertThat(p.chosen()).containsExactlyInAnyOrder(b.leadId(), c.leadId());
		assertThat(p.powerBinding()).isTrue();
		assertThat(p.landBinding()).isFalse();
		assertThat(p.valueOfOneMoreMw()).isCloseTo(60, within(1e-9));
	}

	@Test
	void aFilledGapAddsNothingSoTheLandGoesToTheLinkStillShort() {
		// anode gap 100 kt, cathode gap 50 kt; shares count: filling a gap entirely is worth 1
		List<Goal> goals = List.of(Goal.share("anode", 100_000), Goal.share("cathode", 50_000));
		Candidate anode1 = lead("A1", 1.0, Map.of("anode", 100_000.0), 100, 10);
		Candidate anode2 = lead("A2", 1.0, Map.of("anode", 100_000.0), 100, 10);
		Candidate cathode = lead("K", 0.5, Map.of("cathode", 50_000.0), 150, 10);
		// 250 mu: A1+A2 would be 1.0 (the second adds nothing), A1+K is 1.0 + 0.5
		Portfolio p = PortfolioOptimizer.choose(List.of(anode1, anode2, cathode), goals, 250, 100);
		assertThat(p.chosen()).hasSize(2).contains(cathode.leadId());
		assertThat(p.value()).isCloseTo(1.5, within(1e-6));
		assertThat(p.filled().get("anode")).isCloseTo(100_000, within(1e-6));
		assertThat(p.filled().get("cathode")).isCloseTo(25_000, within(1e-6));
		assertThat(p.landUsed()).isEqualTo(250);
		// the other anode plant would add nothing, so land does not bind although it is used up
		assertThat(p.landBinding()).isFalse();
		assertThat(p.valueOfOneMoreMu()).isCloseTo(0, within(1e-6));
	}

	@Test
	void aGapFilledPartlyCountsThePartAndLandBindsWhenTheRestDoesNotFit() {
		List<Goal> goals = List.of(Goal.share("anode", 100_000));
		Candidate small = lead("S", 0.8, Map.of("anode", 50_000.0), 60, 5);
		Candidate large = lead("L", 0.6, Map.of("anode", 200_000.0), 200, 20);
		// 150 mu: only S fits (0.4); L (capped at the gap, 0.6) needs 200
		Portfolio p = PortfolioOptimizer.choose(List.of(small, large), goals, 150, 100);
		assertThat(p.chosen()).containsExactly(small.leadId());
		assertThat(p.value()).isCloseTo(0.4, within(1e-6));
		assertThat(p.landBinding()).isTrue();
		// 200 mu: L alone fills 0.6 × 200 kt = 120 kt, capped at 100 kt: worth 1; with S too it stays 1
		Portfolio more = PortfolioOptimizer.choose(List.of(small, large), goals, 260, 100);
		assertThat(more.chosen()).containsExactly(large.leadId());
		assertThat(more.value()).isCloseTo(1.0, within(1e-6));
		assertThat(more.landBinding()).isFalse();
	}

	@Test
	void badInputIsRefused() {
		assertThatThrownBy(() -> PortfolioOptimizer.choose(List.of(a), VALUE, -1, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> lead("D", 1.5, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
	}

}
