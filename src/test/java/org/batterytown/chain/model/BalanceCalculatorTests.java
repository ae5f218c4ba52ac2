package org.batterytown.chain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BalanceCalculatorTests {

	private final BalanceCalculator technical = new BalanceCalculator(ResearchCoefficients.all(), Basis.TECHNICAL);

	@Test
	void threeHundredKilotonnesOfAnodeCallForCathodeElectrolyteAndSeparatorAtEachEnd() {
		ChainBalance balance = technical.balance(Map.of(Link.ANODE, new Capacity(300_000, 0)), Mix.of(100, 0, 0), 1.0);

		double[][] expected = { // anode t/GWh, cathode, electrolyte, separator, at low / base / high
				{ 950, 2000, 700, 12 }, { 1100, 2200, 1000, 14 }, { 1300, 2600, 1300, 18 } };
		for (Estimate e : Estimate.values()) {
			double[] c = expected[e.ordinal()];
			double gwh = 300_000 / c[0];
			assertThat(link(balance, Link.CATHODE_LFP).required().get(e)).isCloseTo(gwh * c[1], within(1e-6));
			assertThat(link(balance, Link.ELECTROLYTE).required().get(e)).isCloseTo(gwh * c[2], within(1e-6));
			assertThat(link(balance, Link.SEPARATOR).required().get(e)).isCloseTo(gwh * c[3], within(1e-6));
		}
		assertThat(balance.anodeGwh()).isCloseTo(300_000 / 1100.0, within(1e-9));
	}

	@Test
	void aParkWithOnlyAnodeMissesEveryOtherLink() {
		ChainBalance balance = technical.balance(Map.of(Link.ANODE, new Capacity(52_000, 0)), Mix.of(60, 10, 30), 1.0);

		assertThat(link(balance, Link.ANODE).status()).isEqualTo(LinkBalance.Status.MATCHED);
		assertThat(link(balance, Link.CATHODE_LFP).status()).isEqualTo(LinkBalance.Status.MISSING);
		assertThat(link(balance, Link.ELECTROLYTE).status()).isEqualTo(LinkBalance.Status.MISSING);
		assertThat(link(balance, Link.SEPARATOR).status()).isEqualTo(LinkBalance.Status.MISSING);
		assertThat(link(balance, Link.CELLS).status()).isEqualTo(LinkBalance.Status.MISSING);
		assertThat(link(balance, Link.CELLS).required().get(Estimate.BASE)).isCloseTo(balance.anodeGwh(), within(1e-9));
		assertThat(balance.gaps()).extracting(LinkBalance::link).doesNotContain(Link.ANODE).contains(Link.CELLS);
	}

	@Test
	void theMixDecidesTheAnodesGwhAndWhichCathodesAreNeeded() {
		ChainBalance allNcm811 = technical.balance(Map.of(Link.ANODE, new Capacity(95_000, 0)), Mix.of(0, 0, 100), 1.0);

		assertThat(allNcm811.anodeGwh()).isCloseTo(100, within(1e-9));
		assertThat(link(allNcm811, Link.CATHODE_LFP).status()).isEqualTo(LinkBalance.Status.NOT_NEEDED);
		assertThat(link(allNcm811, Link.CATHODE_NCM811).required().get(Estimate.BASE)).isCloseTo(142_000, within(1e-6));
	}

	@Test
	void aLinkAtTheThresholdIsMatchedAndBelowItShort() {
		Map<Link, Capacity> park = new EnumMap<>(Link.class);
		park.put(Link.ANODE, new Capacity(110_000, 0));
		park.put(Link.CATHODE_LFP, new Capacity(220_000, 0));
		park.put(Link.SEPARATOR, new Capacity(700, 0));

		ChainBalance balance = technical.balance(park, Mix.of(100, 0, 0), 1.0);

		assertThat(link(balance, Link.CATHODE_LFP).status()).isEqualTo(LinkBalance.Status.MATCHED);
		assertThat(link(balance, Link.SEPARATOR).status()).isEqualTo(LinkBalance.Status.SHORT);
		assertThat(link(balance, Link.SEPARATOR).ratio()).isCloseTo(0.5, within(1e-9));
		assertThat(link(balance, Link.SEPARATOR).shortfall().get(Estimate.BASE)).isCloseTo(700, within(1e-9));
		assertThat(balance.bottleneck()).get().extracting(LinkBalance::link).isIn(Link.ELECTROLYTE, Link.CELLS);
	}

	@Test
	void gradeDCoefficientsMarkTheirLinksRough() {
		ChainBalance balance = technical.balance(Map.of(Link.ANODE, new Capacity(1_000, 0)), Mix.of(100, 0, 0), 1.0);

		assertThat(link(balance, Link.ELECTROLYTE).rough()).isTrue();
		assertThat(link(balance, Link.CATHODE_LFP).rough()).isFalse();
	}

	@Test
	void undisclosedLinesAreReportedNotCounted() {
		ChainBalance balance = technical.balance(Map.of(Link.ANODE, new Capacity(12_000, 1)), Mix.of(100, 0, 0), 1.0);

		assertThat(link(balance, Link.ANODE).capacity().undisclosedLines()).isEqualTo(1);
		assertThat(balance.anodeGwh()).isCloseTo(12_000 / 1100.0, within(1e-9));
	}

	@Test
	void theApparentBasisUsesNationalRatios() {
		BalanceCalculator apparent = new BalanceCalculator(ResearchCoefficients.all(), Basis.APPARENT);

		ChainBalance balance = apparent.balance(Map.of(Link.ANODE, new Capacity(171_000, 0)), Mix.of(100, 0, 0), 1.0);

		assertThat(balance.anodeGwh()).isCloseTo(100, within(1e-9));
	}

	@Test
	void sharesMustAddUpToAHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mix.of(60, 30, 0)).withMessageContaining("90");
	}

	static LinkBalance link(ChainBalance balance, Link link) {
		return balance.links().stream().filter(l -> l.link() == link).findFirst().orElseThrow();
	}

}
