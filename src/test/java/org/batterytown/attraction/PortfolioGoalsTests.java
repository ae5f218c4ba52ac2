package org.batterytown.attraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.batterytown.attraction.optimizer.Portfolio;
import org.batterytown.attraction.optimizer.PortfolioOptimizer;
import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.ChainRole;
import org.batterytown.plan.PlanView;
import org.batterytown.plan.ProjectionView;
import org.batterytown.plan.TargetKind;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A plan stage's gaps and open leads weighed for the optimizer, and the optimum on them. */
class PortfolioGoalsTests {

	private static final LocalDate END_2027 = LocalDate.of(2027, 12, 31);

	private static final YearMonth NOW = YearMonth.of(2026, 11);

	private final List<ProjectionView.TargetRow> rows = List.of(
			row(1, TargetKind.CAPACITY, Link.ANODE, null, 100_000.0, null),
			row(2, TargetKind.ENTERPRISE_KIND, null, ChainRole.CELLS, 1.0, null),
			row(3, TargetKind.OUTPUT_VALUE, null, null, 1e9, 5e4),
			row(4, TargetKind.NATIONAL_RANK, null, null, null, null),
			row(5, TargetKind.CAPACITY, Link.SEPARATOR, null, 0.0, null));

	private final LeadView anode = lead("负极-A", LeadStage.NEGOTIATING, Link.ANODE, "50000", "0.8", "100", "20");

	private final LeadView cells = lead("电芯-C", LeadStage.SITE_VISIT, Link.CELLS, "10", "0.5", "300", "50");

	/** Anode at 30,000 yuan/t × 50 % utilization; cells unpriced. */
	private final PortfolioGoals.UnitValue prices = (link, year) -> link == Link.ANODE ? 15_000.0 : null;

	@Test
	void eachOpenGapBecomesAShareAndEachLeadAddsWhatItsLinkGives() {
		LeadView noPower = lead("无负荷", LeadStage.LEAD, Link.ANODE, "1000", "0.9", "10", null);
		LeadView lost = lead("已流失", LeadStage.LOST, Link.ANODE, "1000", "0.9", "10", "1");
		var w = PortfolioGoals.of(rows, List.of(anode, cells, noPower, lost), NOW, 30, 24, false, prices);

		assertThat(w.goals()).extracting(g -> g.key()).containsExactly("T1", "T2", "T3");
		assertThat(w.goals().get(0).gap()).isEqualTo(100_000);
		assertThat(w.notWeighed()).extracting(PlanView.Target::kind).containsExactly(TargetKind.NATIONAL_RANK);
		var a = w.candidates().get(0);
		assertThat(a.contributions()).containsEntry("T1", 50_000.0).containsEntry("T3", 50_000 * 15_000.0)
			.doesNotContainKey("T2");
		assertThat(w.candidates().get(1).contributions()).containsOnlyKeys("T2");
		assertThat(w.left()).extracting(OptimizerView.Left::reason).containsExactly("optimizer.left.powerLoadMw");
		assertThat(w.production().get(anode.id())).isEqualTo(YearMonth.of(2029, 5));
	}

	@Test
	void inTimeOnlyLeavesOutLeadsThatCannotProduceByTheTargetDate() {
		LeadView signed = lead("已签-S", LeadStage.SIGNED, Link.ANODE, "20000", "1", "40", "5");
		var w = PortfolioGoals.of(rows, List.of(anode, signed), NOW, 30, 12, true, prices);
		// signed: 12 months → 2027-11, in time for 2027-12-31; the other: 30 months → 2029-05
		assertThat(w.candidates()).extracting(c -> c.codeName()).containsExactly("已签-S");
		assertThat(w.left()).extracting(OptimizerView.Left::reason).containsExactly("optimizer.left.nothingInTime");
	}

	@Test
	void theOptimumOnAPlanStageAndLandBindingSaidSo() {
		var w = PortfolioGoals.of(rows, List.of(anode, cells), NOW, 30, 24, false, prices);
		// anode: 0.8 × 50 kt of 100 kt (0.4) + 0.8 × 0.75 bn of 1 bn (0.6) = 1.0 on 100 mu; cells: 0.5 on 300 mu
		Portfolio p = PortfolioOptimizer.choose(w.candidates(), w.goals(), 300, 1_000);
		assertThat(p.chosen()).containsExactly(anode.id());
		assertThat(p.value()).isCloseTo(1.0, within(1e-6));
		assertThat(p.landBinding()).isTrue();
		assertThat(p.powerBinding()).isFalse();
		Portfolio both = PortfolioOptimizer.choose(w.candidates(), w.goals(), 400, 1_000);
		assertThat(both.chosen()).containsExactlyInAnyOrder(anode.id(), cells.id());
		assertThat(both.value()).isCloseTo(1.5, within(1e-6));
		assertThat(both.filled().get("T2")).isCloseTo(0.5, within(1e-9));
		assertThat(both.landBinding()).isFalse();
	}

	@Test
	void everyLinkHasTheChainRoleOfItsEnterprises() {
		for (Link link : Link.values()) {
			assertThat(PortfolioGoals.role(link)).isNotNull();
		}
		assertThat(PortfolioGoals.role(Link.CELLS)).isEqualTo(ChainRole.CELLS);
		assertThat(PortfolioGoals.role(Link.CATHODE_LFP)).isEqualTo(ChainRole.CATHODE_MATERIALS);
	}

	private static ProjectionView.TargetRow row(int position, TargetKind kind, @Nullable Link link,
			@Nullable ChainRole role, @Nullable Double gap, @Nullable Double gapCapacity) {
		var target = new PlanView.Target(position, 3, kind, link, false, role, null, BigDecimal.ONE, END_2027,
				new LocalizedText("目标" + position, null), null, null, null, null, null, null);
		return new ProjectionView.TargetRow(target, null, null, null, null, null, null, null, null, null, gap,
				gapCapacity, null, List.of());
	}

	private static LeadView lead(String codeName, LeadStage stage, Link link, String capacity, String likelihood,
			String land, @Nullable String power) {
		return new LeadView(UUID.nameUUIDFromBytes(codeName.getBytes()), UUID.randomUUID(), codeName, null, null, false,
				link, null, new BigDecimal(capacity), new BigDecimal(land), power == null ? null : new BigDecimal(power),
				null, LeadSource.WALK_IN, null, null, null, new BigDecimal(likelihood), null, null, stage, List.of(), null,
				null, null, null, List.of(), Instant.EPOCH, 0, null);
	}

}
