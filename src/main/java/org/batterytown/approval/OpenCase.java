package org.batterytown.approval;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What opening a case takes: the project, the mode, the profile that decides the checklist, and the team
 * (lead agent, town co-agent, an officer per department where known). A flag left out is false.
 */
public record OpenCase(@Nullable UUID projectId, @Nullable ApprovalMode mode, @Nullable Boolean newLand,
		@Nullable EiaLevel eiaLevel, @Nullable BigDecimal energyTce, @Nullable Boolean hazardous,
		@Nullable Boolean specialFire, @Nullable String leadAgent, @Nullable String coAgent,
		@Nullable List<OfficerDraft> officers) {

	public record OfficerDraft(@Nullable String department, @Nullable String username) {
	}

}
