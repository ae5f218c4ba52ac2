package org.batterytown.plan;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A stage of a plan as a user states it; checked by {@link PlanRules}. */
public record StageDraft(@Nullable Integer stageNo, @Nullable String nameZh, @Nullable String nameEn,
		@Nullable LocalDate deadline) {
}
