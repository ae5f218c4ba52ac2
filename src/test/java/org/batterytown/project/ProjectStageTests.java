package org.batterytown.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectStageTests {

	@Test
	void theMainLineAdvancesOneStageAtATime() {
		assertThat(ProjectStage.PLANNED.canTransitionTo(ProjectStage.SIGNED)).isTrue();
		assertThat(ProjectStage.PLANNED.canTransitionTo(ProjectStage.FILED)).isFalse();
		assertThat(ProjectStage.BUILT.canTransitionTo(ProjectStage.TRIAL_PRODUCTION)).isTrue();
		assertThat(ProjectStage.BUILT.canTransitionTo(ProjectStage.IN_PRODUCTION)).isFalse();
	}

	@Test
	void noStageGoesBackwards() {
		for (ProjectStage from : ProjectStage.mainLine()) {
			for (ProjectStage to : ProjectStage.mainLine()) {
				if (to.ordinal() <= from.ordinal()) {
					assertThat(from.canTransitionTo(to)).as(from + " -> " + to).isFalse();
				}
			}
		}
	}

	@Test
	void anyLiveStageCanBeSuspendedOrCancelledButNameplateOnlySuspended() {
		assertThat(ProjectStage.UNDER_CONSTRUCTION.canTransitionTo(ProjectStage.SUSPENDED)).isTrue();
		assertThat(ProjectStage.SIGNED.canTransitionTo(ProjectStage.CANCELLED)).isTrue();
		assertThat(ProjectStage.AT_NAMEPLATE.canTransitionTo(ProjectStage.SUSPENDED)).isTrue();
		assertThat(ProjectStage.AT_NAMEPLATE.canTransitionTo(ProjectStage.CANCELLED)).isFalse();
	}

	@Test
	void cancelledIsFinal() {
		for (ProjectStage to : ProjectStage.values()) {
			assertThat(ProjectStage.CANCELLED.canTransitionTo(to)).isFalse();
		}
	}

	@Test
	void stagesFallIntoTheGroupsLeadersRead() {
		assertThat(ProjectStage.SIGNED.group()).isEqualTo(StageGroup.PIPELINE);
		assertThat(ProjectStage.LAND_SECURED.group()).isEqualTo(StageGroup.APPROVALS);
		assertThat(ProjectStage.BUILT.group()).isEqualTo(StageGroup.CONSTRUCTION);
		assertThat(ProjectStage.TRIAL_PRODUCTION.group()).isEqualTo(StageGroup.PRODUCING);
		assertThat(ProjectStage.SUSPENDED.group()).isEqualTo(StageGroup.HALTED);
	}

}
