package org.batterytown.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.FieldChange;
import org.junit.jupiter.api.Test;

class InvestmentProjectTests {

	private static final Instant T0 = Instant.parse("2023-06-14T04:00:00Z");

	private static final UUID PARK = UUID.randomUUID();

	@Test
	void aRegisteredProjectLogsItsFirstStageAndReportsEveryFieldAsSet() {
		List<FieldChange> changes = new ArrayList<>();

		InvestmentProject project = InvestmentProject.register(PARK, draft(ProjectStage.UNDER_CONSTRUCTION, List.of()),
				"staff", T0, "现场", T0, changes);

		assertThat(project.stage()).isEqualTo(ProjectStage.UNDER_CONSTRUCTION);
		assertThat(project.stageLog()).singleElement().satisfies(e -> {
			assertThat(e.stage()).isEqualTo(ProjectStage.UNDER_CONSTRUCTION);
			assertThat(e.username()).isEqualTo("staff");
			assertThat(e.note()).isEqualTo("现场");
		});
		assertThat(changes).extracting(FieldChange::field).contains("stage", "nameZh", "capacityLines");
	}

	@Test
	void movesOneStageAndRefusesAJump() {
		InvestmentProject project = register(ProjectStage.PLANNED);

		project.moveTo(new StageChange(ProjectStage.SIGNED, null, "签约"), "staff", T0.plusSeconds(60));

		assertThat(project.stage()).isEqualTo(ProjectStage.SIGNED);
		assertThatIllegalStateException()
			.isThrownBy(() -> project.moveTo(new StageChange(ProjectStage.IN_PRODUCTION, null, null), "staff", T0));
		assertThat(project.stage()).isEqualTo(ProjectStage.SIGNED);
		assertThat(project.stageLog()).hasSize(2);
	}

	@Test
	void aSuspendedProjectResumesOnlyWhereItStopped() {
		InvestmentProject project = register(ProjectStage.UNDER_CONSTRUCTION);
		project.moveTo(new StageChange(ProjectStage.SUSPENDED, null, "资金"), "staff", T0);

		assertThat(project.allowedTransitions(null)).containsExactly(ProjectStage.UNDER_CONSTRUCTION,
				ProjectStage.CANCELLED);
		project.moveTo(new StageChange(ProjectStage.UNDER_CONSTRUCTION, null, "复工"), "staff", T0);
		assertThat(project.stage()).isEqualTo(ProjectStage.UNDER_CONSTRUCTION);
	}

	@Test
	void phasesMoveOnTheirOwn() {
		List<FieldChange> changes = new ArrayList<>();
		InvestmentProject project = InvestmentProject.register(PARK,
				draft(ProjectStage.IN_PRODUCTION, List.of(new PhaseDraft("一期", "Phase 1", ProjectStage.IN_PRODUCTION),
						new PhaseDraft("二期", "Phase 2", ProjectStage.BUILT))),
				"staff", T0, null, T0, changes);

		project.moveTo(new StageChange(ProjectStage.TRIAL_PRODUCTION, 2, null), "staff", T0);

		assertThat(project.stageOf(2)).isEqualTo(ProjectStage.TRIAL_PRODUCTION);
		assertThat(project.stageOf(1)).isEqualTo(ProjectStage.IN_PRODUCTION);
		assertThat(project.stage()).isEqualTo(ProjectStage.IN_PRODUCTION);
	}

	@Test
	void anEditReportsOnlyWhatChanged() {
		InvestmentProject project = register(ProjectStage.PLANNED);
		ProjectDraft edit = new ProjectDraft(UUID.randomUUID(), "负极材料项目", null, new BigDecimal("200000000"), null,
				null, List.of(new CapacityLineDraft(Product.ANODE_FINISHED, new BigDecimal("50000"), null)), List.of());

		List<FieldChange> changes = project.apply(edit);

		assertThat(changes).singleElement().satisfies(c -> {
			assertThat(c.field()).isEqualTo("totalInvestment");
			assertThat(c.oldValue()).isNull();
			assertThat(c.newValue()).isEqualTo("200000000");
		});
	}

	@Test
	void aMilestoneKeepsBaselineAndActual() {
		InvestmentProject project = register(ProjectStage.PLANNED);

		project.setMilestone(new MilestoneDraft(MilestoneKind.PRODUCTION, LocalDate.of(2023, 12, 31), null));
		List<FieldChange> changes = project
			.setMilestone(new MilestoneDraft(MilestoneKind.PRODUCTION, LocalDate.of(2023, 12, 31), LocalDate.of(2024, 3, 1)));

		assertThat(project.milestones()).singleElement().satisfies(m -> {
			assertThat(m.plannedDate()).isEqualTo(LocalDate.of(2023, 12, 31));
			assertThat(m.actualDate()).isEqualTo(LocalDate.of(2024, 3, 1));
		});
		assertThat(changes).extracting(FieldChange::field).containsExactly("milestone.PRODUCTION.actual");
	}

	@Test
	void aCapacityLineRefusesANegativeOrZeroNameplate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CapacityLine(PARK, Product.ANODE_FINISHED,
				CapacityUnit.TONNES_PER_YEAR, new BigDecimal("-1"), ProductForm.FINISHED));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new CapacityLine(PARK, Product.HARD_FELT, CapacityUnit.TONNES_PER_YEAR, null, ProductForm.FINISHED));
	}

	private static InvestmentProject register(ProjectStage stage) {
		return InvestmentProject.register(PARK, draft(stage, List.of()), "staff", T0, null, T0, new ArrayList<>());
	}

	private static ProjectDraft draft(ProjectStage stage, List<PhaseDraft> phases) {
		return new ProjectDraft(UUID.randomUUID(), "负极材料项目", null, null, stage, null,
				List.of(new CapacityLineDraft(Product.ANODE_FINISHED, new BigDecimal("50000"), null)), phases);
	}

}
