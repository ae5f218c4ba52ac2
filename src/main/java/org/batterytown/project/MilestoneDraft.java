package org.batterytown.project;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** Sets the baseline and actual dates of one milestone; {@literal null} means not known. */
public record MilestoneDraft(@NotNull(message = "{milestone.kind.required}") MilestoneKind kind,
		@Nullable LocalDate plannedDate, @Nullable LocalDate actualDate) {
}
