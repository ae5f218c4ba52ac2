package org.batterytown.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Moves the project, or one phase of it, to another stage.
 *
 * @param phaseNo the phase to move; {@literal null} moves the project itself
 * @param note why, or what was seen (kept in the stage log)
 */
public record StageChange(@NotNull(message = "{stage.target.required}") ProjectStage target, @Nullable Integer phaseNo,
		@Nullable @Size(max = 1000) String note) {
}
