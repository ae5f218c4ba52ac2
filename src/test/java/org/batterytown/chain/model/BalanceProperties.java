package org.batterytown.chain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class BalanceProperties {

	private final BalanceCalculator calculator = new BalanceCalculator(ResearchCoefficients.all(), Basis.TECHNICAL);

	@Property(tries = 200)
	void addingCapacityToALinkNeverIncreasesItsShortfall(@ForAll("parks") Map<Link, Capacity> park,
			@ForAll("mixes") Mix mix, @ForAll("weighed") Link link, @ForAll @DoubleRange(min = 0, max = 500_000) double extra) {
		Map<Link, Capacity> more = new EnumMap<>(park);
		more.merge(link, new Capacity(extra, 0), Capacity::plus);

		for (Estimate e : Estimate.values()) {
			double before = shortfall(calculator.balance(park, mix, 1.0), link, e);
			double after = shortfall(calculator.balance(more, mix, 1.0), link, e);
			assertThat(after).isLessThanOrEqualTo(before + 1e-6);
		}
	}

	@Property(tries = 200)
	void resultsScaleLinearlyWithCapacity(@ForAll("parks") Map<Link, Capacity> park, @ForAll("mixes") Mix mix,
			@ForAll @DoubleRange(min = 0.1, max = 10) double factor) {
		Map<Link, Capacity> scaled = new EnumMap<>(Link.class);
		park.forEach((link, capacity) -> scaled.put(link, capacity.times(factor)));

		ChainBalance base = calculator.balance(park, mix, 1.0);
		ChainBalance big = calculator.balance(scaled, mix, 1.0);

		assertThat(big.anodeGwh()).isCloseTo(base.anodeGwh() * factor, within(1e-6 * (1 + base.anodeGwh() * factor)));
		for (LinkBalance l : base.links()) {
			LinkBalance s = BalanceCalculatorTests.link(big, l.link());
			double expected = l.required().get(Estimate.BASE) * factor;
			assertThat(s.required().get(Estimate.BASE)).isCloseTo(expected, within(1e-6 * (1 + expected)));
			double shortfall = l.shortfall().get(Estimate.BASE) * factor;
			assertThat(s.shortfall().get(Estimate.BASE)).isCloseTo(shortfall, within(1e-6 * (1 + shortfall)));
		}
	}

	@Property(tries = 200)
	void sharesThatDoNotAddUpToAHundredAreRefused(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 100) int lfp,
			@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 100) int ncm523,
			@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 100) int ncm811) {
		boolean accepted;
		try {
			Mix.of(lfp, ncm523, ncm811);
			accepted = true;
		}
		catch (IllegalArgumentException ex) {
			accepted = false;
		}
		assertThat(accepted).isEqualTo(lfp + ncm523 + ncm811 == 100);
	}

	@Provide
	Arbitrary<Map<Link, Capacity>> parks() {
		Arbitrary<Double> tonnes = Arbitraries.doubles().between(0, 400_000);
		return Combinators.combine(tonnes, tonnes, tonnes, tonnes, Arbitraries.doubles().between(0, 5_000),
				Arbitraries.doubles().between(0, 300))
			.as((anode, lfp, ncm, electrolyte, separator, cells) -> {
				Map<Link, Capacity> park = new EnumMap<>(Link.class);
				park.put(Link.ANODE, new Capacity(anode, 0));
				park.put(Link.CATHODE_LFP, new Capacity(lfp, 0));
				park.put(Link.CATHODE_NCM811, new Capacity(ncm, 0));
				park.put(Link.ELECTROLYTE, new Capacity(electrolyte, 0));
				park.put(Link.SEPARATOR, new Capacity(separator, 0));
				park.put(Link.CELLS, new Capacity(cells, 0));
				return park;
			});
	}

	@Provide
	Arbitrary<Mix> mixes() {
		return Arbitraries.integers().between(0, 100).flatMap(lfp -> Arbitraries.integers()
			.between(0, 100 - lfp)
			.map(ncm523 -> Mix.of(lfp, ncm523, 100 - lfp - ncm523)));
	}

	@Provide
	Arbitrary<Link> weighed() {
		return Arbitraries.of(Link.CATHODE_LFP, Link.CATHODE_NCM523, Link.CATHODE_NCM811, Link.ELECTROLYTE,
				Link.SEPARATOR, Link.CELLS);
	}

	private static double shortfall(ChainBalance balance, Link link, Estimate e) {
		return BalanceCalculatorTests.link(balance, link).shortfall().get(e);
	}

}
