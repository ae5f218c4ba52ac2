package org.batterytown.project.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.batterytown.project.ProjectStage;
import org.batterytown.project.ProjectView;
import org.batterytown.project.StageGroup;
import org.jspecify.annotations.Nullable;

/**
 * A project in the API. Unknown figures are {@literal null}: {@code totalInvestment} in yuan, a capacity
 * line's {@code nameplate} per year in its {@code unit}.
 */
record ProjectDto(UUID id, UUID parkId, UUID enterpriseId, String nameZh, @Nullable String nameEn,
		@Nullable BigDecimal totalInvestment, ProjectStage stage, StageGroup stageGroup,
		List<ProjectStage> allowedTransitions, @Nullable String description, Instant createdAt,
		List<ProjectView.Line> capacityLines, List<Phase> phases, List<ProjectView.LogEntry> stageLog,
		List<ProjectView.MilestoneState> milestones, List<ProjectView.Note> notes, long version) {

	record Phase(int phaseNo, String nameZh, @Nullable String nameEn, ProjectStage stage,
			List<ProjectStage> allowedTransitions) {
	}

	static ProjectDto of(ProjectView p) {
		List<Phase> phases = p.phases()
			.stream()
			.map(ph -> new Phase(ph.phaseNo(), ph.name().zh(), ph.name().en(), ph.stage(), ph.allowedTransitions()))
			.toList();
		return new ProjectDto(p.id().value(), p.parkId().value(), p.enterpriseId().value(), p.name().zh(),
				p.name().en(), p.totalInvestment(), p.stage(), p.stageGroup(), p.allowedTransitions(), p.description(),
				p.createdAt(), p.capacityLines(), phases, p.stageLog(), p.milestones(), p.notes(), p.version());
	}

}
