package org.batterytown.plan.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.plan.projection.ProjectInput.Line;
import org.batterytown.plan.projection.ProjectInput.Stream;
import org.batterytown.project.StageGroup;
import org.junit.jupiter.api.Test;

/**
 * The projection with numbers small enough to check by hand: a timeline of 2024–2026, "now" at
 * January 2025, an anode price of 30,000 yuan/t and a utilization of 50 %.
 */
class SimulationTests {

	private static final Timeline TIMELINE = new Timeline(YearMonth.of(2024, 1), YearMonth.of(2026, 12));

	private static final int NOW = 12;

	private static final UUID FIRM_A = UUID.randomUUID();

	private static final UUID FIRM_B = UUID.randomUUID();

	private final Market market = new Market(
			Map.of(new Stream(Link.ANODE, false), years(new Band(20_000, 30_000, 40_000)),
					new Stream(Link.ELECTROLYTE, false), years(new Band(15_000, 20_000, 25_000))),
			years(new Band(0.3, 0.5, 0.7)), Map.of(Link.ANODE, 13_000.0),
			Map.of(Link.ANODE, 1_100.0, Link.ELECTROLYTE, 1_000.0));

	private static NavigableMap<Integer, Band> years(Band band) {
		return new TreeMap<>(Map.of(2024, band));
	}

	/** Producing since before the timeline: 12,000 t/yr at nameplate. */
	private final ProjectInput running = new ProjectInput(UUID.randomUUID(), FIRM_A, "running", StageGroup.PRODUCING,
			-30, true, -28, true, null, false, List.of(new Line(Link.ANODE, false, 12_000)));

	/** Under construction: trial production planned for March 2025, production for May 2025. */
	private ProjectInput building(boolean cancelled) {
		return new ProjectInput(UUID.fromString("00000000-0000-0000-0000-00000000000b"), FIRM_B, "building",
				StageGroup.CONSTRUCTION, 14, false, 16, false, 4, cancelled, List.of(new Line(Link.ANODE, false, 48_000)));
	}

	private TargetSpec capacity(double tonnes, YearMonth by) {
		return new TargetSpec("capacity", TargetSpec.Kind.CAPACITY, TIMELINE.index(by), tonnes, Link.ANODE, false,
				null);
	}

	private Uncertainty uncertain() {
		Map<StageGroup, Uncertainty.Slip> slips = new EnumMap<>(StageGroup.class);
		slips.put(StageGroup.CONSTRUCTION, new Uncertainty.Slip(new Triangle(0, 3, 12), 0.1));
		return new Uncertainty(slips, new Triangle(6, 12, 18), 1);
	}

	@Test
	void theDeterministicProjectionRampsFromTrialProductionAndCountsCapacityFromProduction() {
		Path path = new Simulation(TIMELINE, NOW, List.of(running, building(false)), market, List.of(),
				Uncertainty.none(12)).deterministic();
		Stream anode = new Stream(Link.ANODE, false);
		assertThat(path.capacity(anode, TIMELINE.index(YearMonth.of(2025, 4)))).isEqualTo(12_000);
		assertThat(path.capacity(anode, TIMELINE.index(YearMonth.of(2025, 5)))).isEqualTo(60_000);
		int s = path.streams().indexOf(anode);
		// March 2025, first month of trial: the running plant's 12,000 and a quarter of 48,000, at 50 %, a month
		assertThat(path.production()[s][TIMELINE.index(YearMonth.of(2025, 3))]).isCloseTo((12_000 + 12_000) * 0.5 / 12,
				within(1e-9));
		// June 2025, fourth month: at nameplate
		int june = TIMELINE.index(YearMonth.of(2025, 6));
		assertThat(path.production()[s][june]).isCloseTo(60_000 * 0.5 / 12, within(1e-9));
		assertThat(path.outputValue()[june]).isCloseTo(2_500 * 30_000, within(1e-6));
		assertThat(path.electricity()[june]).isCloseTo(2_500 * 13_000, within(1e-6));
	}

	@Test
	void aMilestoneNotReachedHappensNoEarlierThanNow() {
		ProjectInput late = new ProjectInput(UUID.randomUUID(), FIRM_B, "late", StageGroup.CONSTRUCTION, 3, false, 5,
				false, 2, false, List.of(new Line(Link.ANODE, false, 24_000)));
		Path path = new Simulation(TIMELINE, NOW, List.of(late), market, List.of(), Uncertainty.none(12))
			.deterministic();
		Stream anode = new Stream(Link.ANODE, false);
		assertThat(path.capacity(anode, NOW - 1)).isZero();
		assertThat(path.capacity(anode, NOW)).isEqualTo(24_000);
	}

	@Test
	void theSameSeedAndInputsGiveTheSameRun() {
		Simulation simulation = new Simulation(TIMELINE, NOW, List.of(running, building(false)), market,
				List.of(capacity(60_000, YearMonth.of(2025, 9))), uncertain());
		Outcome one = simulation.run(2_000, RandomStreams.seeded(7));
		Outcome two = simulation.run(2_000, RandomStreams.seeded(7));
		assertThat(two.targets()).usingRecursiveComparison().isEqualTo(one.targets());
		assertThat(two.fans()).usingRecursiveComparison().isEqualTo(one.fans());
		Outcome other = simulation.run(2_000, RandomStreams.seeded(8));
		assertThat(other.targets().get(0).probability()).isNotEqualTo(one.targets().get(0).probability());
	}

	@Test
	void cancellingAProjectLowersTheOddsOfTheTargetsItFed() {
		List<TargetSpec> targets = List.of(capacity(60_000, YearMonth.of(2026, 6)),
				new TargetSpec("value", TargetSpec.Kind.OUTPUT_VALUE, TIMELINE.index(YearMonth.of(2026, 12)), 5e8, null,
						false, null));
		Outcome before = new Simulation(TIMELINE, NOW, List.of(building(false), running), market, targets, uncertain())
			.run(2_000, RandomStreams.seeded(11));
		Outcome after = new Simulation(TIMELINE, NOW, List.of(building(true), running), market, targets, uncertain())
			.run(2_000, RandomStreams.seeded(11));
		assertThat(before.targets().get(0).probability()).isGreaterThan(0.8);
		assertThat(after.targets().get(0).probability()).isZero();
		assertThat(after.targets().get(1).probability()).isLessThan(before.targets().get(1).probability());
	}

	@Test
	void withoutUncertaintyEveryPercentileIsTheDeterministicProjection() {
		List<TargetSpec> targets = List.of(capacity(60_000, YearMonth.of(2025, 9)),
				new TargetSpec("value", TargetSpec.Kind.OUTPUT_VALUE, TIMELINE.index(YearMonth.of(2025, 12)), 1e9, null,
						false, null));
		Simulation simulation = new Simulation(TIMELINE, NOW, List.of(running, building(false)), market, targets,
				Uncertainty.none(12));
		Path path = simulation.deterministic();
		Outcome outcome = simulation.run(500, RandomStreams.seeded(3));
		for (int t = 0; t < TIMELINE.size(); t++) {
			Fan capacity = outcome.fans().get(0);
			double expected = (float) path.capacity()[0][t];
			assertThat(capacity.p10()[t]).isEqualTo(expected);
			assertThat(capacity.p50()[t]).isEqualTo(expected);
			assertThat(capacity.p90()[t]).isEqualTo(expected);
			Fan value = outcome.fans().get(1);
			assertThat(value.series()).isEqualTo("outputValue");
			assertThat(value.p10()[t]).isEqualTo((float) path.outputValue()[t]);
			assertThat(value.p90()[t]).isEqualTo((float) path.outputValue()[t]);
		}
		for (int k = 0; k < targets.size(); k++) {
			TargetOdds odds = outcome.targets().get(k);
			assertThat(odds.p10()).isEqualTo(path.targetMeasures()[k]);
			assertThat(odds.p50()).isEqualTo(path.targetMeasures()[k]);
			assertThat(odds.p90()).isEqualTo(path.targetMeasures()[k]);
			assertThat(odds.probability()).isEqualTo(path.targetMeasures()[k] >= targets.get(k).threshold() ? 1.0 : 0.0);
		}
	}

	@Test
	void theInputThatDecidesATargetRanksFirst() {
		Map<StageGroup, Uncertainty.Slip> slips = new EnumMap<>(StageGroup.class);
		slips.put(StageGroup.CONSTRUCTION, new Uncertainty.Slip(Triangle.fixed(0), 0.4));
		Outcome outcome = new Simulation(TIMELINE, NOW, List.of(running, building(false)), market,
				List.of(capacity(60_000, YearMonth.of(2026, 6))), new Uncertainty(slips, new Triangle(6, 12, 18), 1))
			.run(2_000, RandomStreams.seeded(5));
		Influence first = outcome.targets().get(0).influences().get(0);
		assertThat(first.factor()).isEqualTo(Influence.Factor.CANCELLATION);
		assertThat(first.projectName()).isEqualTo("building");
		assertThat(first.correlation()).isCloseTo(-1.0, within(1e-9));
	}

	@Test
	void enterprisesAndMatchingAreCountedAtTheTargetMonth() {
		ProjectInput electrolyte = new ProjectInput(UUID.randomUUID(), FIRM_B, "electrolyte", StageGroup.PRODUCING, -5,
				true, -4, true, null, false, List.of(new Line(Link.ELECTROLYTE, false, 6_000)));
		int june = TIMELINE.index(YearMonth.of(2024, 6));
		Path path = new Simulation(TIMELINE, NOW, List.of(running, electrolyte), market,
				List.of(new TargetSpec("present", TargetSpec.Kind.ENTERPRISES, june, 1, Link.ELECTROLYTE, false, null),
						new TargetSpec("firms", TargetSpec.Kind.ENTERPRISES, june, 2, null, false, Set.of(FIRM_A, FIRM_B)),
						new TargetSpec("matched", TargetSpec.Kind.MATCHING, june, 1, Link.ELECTROLYTE, false, null)),
				Uncertainty.none(12))
			.deterministic();
		assertThat(path.targetMeasures()[0]).isEqualTo(1);
		assertThat(path.targetMeasures()[1]).isEqualTo(2);
		// 12,000 t of anode serve 12,000 / 1,100 GWh, which need 1,000 t of electrolyte each
		assertThat(path.targetMeasures()[2]).isCloseTo(6_000 / (12_000 / 1_100.0 * 1_000), within(1e-12));
	}

	@Test
	void badInputIsRefused() {
		Simulation simulation = new Simulation(TIMELINE, NOW, List.of(running), market, List.of(), Uncertainty.none(12));
		assertThatThrownBy(() -> simulation.run(0, RandomStreams.seeded(1))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> simulation.run(Simulation.MAX_SCENARIOS + 1, RandomStreams.seeded(1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Uncertainty.Slip(Triangle.fixed(0), 1.5)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Triangle(3, 1, 2)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Simulation(TIMELINE, NOW, List.of(running), market,
				List.of(capacity(1, YearMonth.of(2031, 1))), Uncertainty.none(12)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> simulation.run(10, RandomStreams.seeded(1)).reachedWith(0, 1.2))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theRegistrysHistoryReplacesTheDefaultDelaysOnlyWithEnoughMilestones() {
		Uncertainty defaults = uncertain();
		Calibration few = Calibration.of(List.of(2.0, 4.0), 5, defaults);
		assertThat(few.basis()).isEqualTo(Calibration.Basis.DEFAULTS);
		assertThat(few.uncertainty()).isEqualTo(defaults);
		Calibration many = Calibration.of(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0), 5, defaults);
		assertThat(many.basis()).isEqualTo(Calibration.Basis.REGISTRY);
		assertThat(many.observations()).isEqualTo(11);
		Triangle fitted = many.uncertainty().slip(StageGroup.CONSTRUCTION).delayMonths();
		assertThat(fitted.mode()).isEqualTo(5.0);
		assertThat(fitted.min()).isLessThan(fitted.mode());
		assertThat(many.uncertainty().slip(StageGroup.CONSTRUCTION).cancellation()).isEqualTo(0.1);
	}

}
