package org.batterytown.plan;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

import org.batterytown.chain.ChainScenario;
import org.batterytown.chain.Coefficients;
import org.batterytown.chain.Scenarios;
import org.batterytown.chain.model.BalanceCalculator;
import org.batterytown.chain.model.Estimate;
import org.batterytown.chain.model.Link;
import org.batterytown.chain.model.Price;
import org.batterytown.chain.model.Utilization;
import org.batterytown.plan.projection.Band;
import org.batterytown.plan.projection.Market;
import org.batterytown.plan.projection.ProjectInput.Stream;

import org.springframework.stereotype.Component;

/**
 * The market of a projection from the chain's current coefficient set: its price and utilization
 * bands by year, each link's need per GWh of cells at the chain's default mix and basis, and the
 * electricity per unit from the assumptions. A scenario may scale prices (of one link or all) and
 * utilization; utilization stays at most 100 %.
 */
@Component
class MarketInputs {

	private final Coefficients coefficients;

	private final Scenarios scenarios;

	MarketInputs(Coefficients coefficients, Scenarios scenarios) {
		this.coefficients = coefficients;
		this.scenarios = scenarios;
	}

	Market market(UUID parkId, Map<Link, Double> electricity, List<ScenarioOverride> overrides) {
		Coefficients.CoefficientSet set = coefficients.current();
		Map<Stream, NavigableMap<Integer, Band>> prices = new HashMap<>();
		for (Price p : set.prices()) {
			double factor = priceFactor(overrides, p.link());
			prices.computeIfAbsent(new Stream(p.link(), p.toll()), k -> new TreeMap<>())
				.put(p.year(), new Band(p.low() * factor, p.base() * factor, p.high() * factor));
		}
		double utilization = factor(overrides, ScenarioOverride.Type.UTILIZATION_FACTOR, null);
		NavigableMap<Integer, Band> utilizations = new TreeMap<>();
		for (Utilization u : set.utilizations()) {
			utilizations.put(u.year(), new Band(Math.min(1, u.low() * utilization), Math.min(1, u.base() * utilization),
					Math.min(1, u.high() * utilization)));
		}
		ChainScenario defaults = scenarios.of(parkId, null, null, null, null, null, null, null);
		BalanceCalculator calculator = new BalanceCalculator(set.intensities(), defaults.basis());
		Map<Link, Double> perGwh = new EnumMap<>(Link.class);
		for (Link link : Link.values()) {
			if (link.perGwh() && link != Link.CELLS) {
				double need = calculator.perGwh(link, defaults.mix(), Estimate.BASE);
				if (need > 0) {
					perGwh.put(link, need);
				}
			}
		}
		return new Market(prices, utilizations, electricity, perGwh);
	}

	private static double priceFactor(List<ScenarioOverride> overrides, Link link) {
		return factor(overrides, ScenarioOverride.Type.PRICE_FACTOR, link);
	}

	private static double factor(List<ScenarioOverride> overrides, ScenarioOverride.Type type,
			@org.jspecify.annotations.Nullable Link link) {
		double factor = 1;
		for (ScenarioOverride o : overrides) {
			if (o.type() == type && o.value() != null && (o.link() == null || o.link() == link)) {
				factor *= o.value().doubleValue();
			}
		}
		return factor;
	}

	/** The coefficient set in force: a new set changes prices and utilization. */
	String stamp() {
		return Integer.toString(coefficients.current().id());
	}

}
