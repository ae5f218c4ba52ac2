package org.batterytown.project;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/** A phase of a project that stands at its own stage (Zhongye: phase 1 producing, phase 2 built). */
@Table("project_phase")
record Phase(UUID parkId, int phaseNo, String nameZh, @Nullable String nameEn, ProjectStage stage) {

	Phase withStage(ProjectStage next) {
		return new Phase(parkId, phaseNo, nameZh, nameEn, next);
	}

}
