package org.batterytown.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A phase as sent on registration; it starts at the given stage, or the project's. */
public record PhaseDraft(@NotBlank(message = "{field.nameZh.required}") @Size(max = 100) String nameZh,
		@Nullable @Size(max = 100) String nameEn, @Nullable ProjectStage stage) {
}
