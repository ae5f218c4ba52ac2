package org.batterytown.attraction.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The solver's choice against every subset of up to ten leads: the known optimum, within its limits. */
class PortfolioProperties {

	private static final List<Goal> GOALS = List.of(Goal.share("anode", 80), Goal.share("cathode", 40),
			new Goal("present", 1.0, 0.5));

	@Property(tries = 150)
	void theSolverFindsTheBestSubset(@ForAll("leads") List<Candidate> leads, @ForAll @IntRange(min = 0, max = 300) int land,
			@ForAll @IntRange(min = 0, max = 40) int power) {
		Portfolio p = PortfolioOptimizer.choose(leads, GOALS, land, power);

		double best = 0;
		for (int mask = 0; mask < 1 << leads.size(); mask++) {
			double l = 0;
			double w = 0;
			double[] filled = new double[GOALS.size()];
			for (int i = 0; i < leads.size(); i++) {
				if ((mask & 1 << i) != 0) {
					l += leads.get(i).landMu();
					w += leads.get(i).powerMw();
					for (int g = 0; g < GOALS.size(); g++) {
						filled[g] += leads.get(i).expected(GOALS.get(g).key());
					}
				}
			}
			if (l <= land && w <= power) {
				double value = 0;
				for (int g = 0; g < GOALS.size(); g++) {
					value += GOALS.get(g).weight() * Math.min(GOALS.get(g).gap(), filled[g]);
				}
				best = Math.max(best, value);
			}
		}
		assertThat(p.value()).isCloseTo(best, within(1e-5));
		assertThat(p.landUsed()).isLessThanOrEqualTo(land + 1e-9);
		assertThat(p.powerUsed()).isLessThanOrEqualTo(power + 1e-9);
	}

	@Provide
	Arbitrary<List<Candidate>> leads() {
		Arbitrary<Candidate> lead = Combinators.combine(Arbitraries.of("anode", "cathode", "present"),
				Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 60),
				Arbitraries.integers().between(1, 120), Arbitraries.integers().between(0, 15))
			.as((goal, likelihood, amount, land, power) -> new Candidate(UUID.randomUUID(), goal, likelihood / 100.0,
					Map.of(goal, goal.equals("present") ? 1.0 : amount.doubleValue()), land, power));
		return lead.list().ofMinSize(0).ofMaxSize(10).map(ArrayList::new);
	}

}
