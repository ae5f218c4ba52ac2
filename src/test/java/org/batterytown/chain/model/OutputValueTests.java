package org.batterytown.chain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OutputValueTests {

	private static final List<Price> PRICES = List.of(
			new Price(Link.ANODE, false, 2024, 17_500, 25_800, 53_000, "§3.1", 'B'),
			new Price(Link.GRAPHITIZATION, true, 2024, 7_500, 8_600, 9_000, "§3.1", 'B'),
			new Price(Link.CELLS, false, 2024, 3.2e8, 3.6e8, 4.1e8, "§3.2", 'B'));

	private static final List<Utilization> UTILIZATION = List.of(new Utilization(2024, 0.6, 0.65, 0.67, "§3.3", 'B'));

	private final BalanceCalculator calculator = new BalanceCalculator(ResearchCoefficients.all(), Basis.TECHNICAL);

	@Test
	void capacityTimesUtilizationTimesPrice() {
		Map<Link, Capacity> products = Map.of(Link.ANODE, new Capacity(100_000, 0));

		OutputValue value = value(products, Map.of());

		assertThat(value.totalBase()).isCloseTo(100_000 * 0.65 * 25_800, within(1e-3));
		assertThat(value.totalLow()).isCloseTo(100_000 * 0.6 * 17_500, within(1e-3));
	}

	@Test
	void tollProcessingIsValuedAtTheFeeNotTheAnodePrice() {
		OutputValue value = value(Map.of(), Map.of(Link.GRAPHITIZATION, new Capacity(50_000, 0)));

		assertThat(value.totalBase()).isCloseTo(50_000 * 0.65 * 8_600, within(1e-3));
		assertThat(value.links()).singleElement().satisfies(l -> assertThat(l.toll()).isTrue());
	}

	@Test
	void anodeTheParksOwnCellsConsumeIsCountedOnceInsideTheCells() {
		Map<Link, Capacity> products = new EnumMap<>(Link.class);
		products.put(Link.ANODE, new Capacity(110_000, 0));
		products.put(Link.CELLS, new Capacity(50, 0));

		OutputValue value = value(products, Map.of());

		// 50 GWh × 0.65 run consume 32.5 GWh × 1,100 t of the 71,500 t of anode produced: half of it.
		double contained = 50 * 0.65 * 1_100 / (110_000 * 0.65);
		double expected = 110_000 * 0.65 * 25_800 * (1 - contained) + 50 * 0.65 * 3.6e8;
		assertThat(value.totalBase()).isCloseTo(expected, within(1e-2));
		assertThat(value.links()).filteredOn(l -> l.link() == Link.ANODE)
			.singleElement()
			.satisfies(l -> assertThat(l.containedInCells()).isCloseTo(0.5, within(1e-9)));
	}

	@Test
	void aLinkWithoutAPriceIsLeftOutAndNamed() {
		OutputValue value = value(Map.of(Link.SEPARATOR, new Capacity(500, 0)), Map.of());

		assertThat(value.unpriced()).containsExactly(Link.SEPARATOR);
		assertThat(value.totalBase()).isZero();
		assertThat(value.links()).singleElement().satisfies(l -> assertThat(l.base()).isNull());
	}

	@Test
	void anEarlierYearUsesTheEarliestKnownUtilizationAndPrice() {
		OutputValue value = OutputValue.of(Map.of(Link.ANODE, new Capacity(1_000, 0)), Map.of(),
				calculator.balance(Map.of(Link.ANODE, new Capacity(1_000, 0)), Mix.of(100, 0, 0), 1.0), PRICES,
				UTILIZATION, 2020);

		assertThat(value.year()).isEqualTo(2024);
	}

	private OutputValue value(Map<Link, Capacity> products, Map<Link, Capacity> tolls) {
		ChainBalance balance = calculator.balance(products, Mix.of(100, 0, 0), 1.0);
		return OutputValue.of(products, tolls, balance, PRICES, UTILIZATION, 2024);
	}

}
