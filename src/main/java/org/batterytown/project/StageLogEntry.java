package org.batterytown.project;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/** A stage reached by the project or one of its phases: who recorded it, when, and why. */
@Table("stage_log")
record StageLogEntry(UUID parkId, ProjectStage stage, @Nullable Integer phaseNo, Instant changedAt, String username,
		@Nullable String note) {
}
