package org.batterytown.project;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A project, or one of its phases, moved to another stage. Later modules (statistics, the plan, land
 * and approvals) react to it; the registry itself needs no listener.
 *
 * @param phaseNo the phase that moved; {@literal null} when the project itself moved
 */
public record ProjectStageChanged(ProjectId projectId, UUID parkId, ProjectStage from, ProjectStage to,
		@Nullable Integer phaseNo, Instant at) {
}
