package org.batterytown.plan;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A plan, or a revision of one, as a user states it: its stages and targets in full. */
public record PlanDraft(@Nullable UUID parkId, @Nullable String nameZh, @Nullable String nameEn,
		@Nullable String note, @Nullable List<StageDraft> stages, @Nullable List<TargetDraft> targets) {

	public List<StageDraft> stageList() {
		return stages == null ? List.of() : stages;
	}

	public List<TargetDraft> targetList() {
		return targets == null ? List.of() : targets;
	}

}
