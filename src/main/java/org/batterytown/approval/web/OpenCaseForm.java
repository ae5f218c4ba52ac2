package org.batterytown.approval.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.approval.ApprovalMode;
import org.batterytown.approval.EiaLevel;
import org.batterytown.approval.OpenCase;
import org.jspecify.annotations.Nullable;

/**
 * The form that opens a case: the project, the mode, the profile, and the team with a row per
 * department of the catalogue (left empty where no officer is named yet). Unticked boxes send nothing.
 */
record OpenCaseForm(@Nullable UUID parkId, @Nullable UUID projectId, @Nullable ApprovalMode mode,
		@Nullable Boolean newLand, @Nullable EiaLevel eiaLevel, @Nullable BigDecimal energyTce,
		@Nullable Boolean hazardous, @Nullable Boolean specialFire, @Nullable String leadAgent,
		@Nullable String coAgent, @Nullable List<OpenCase.OfficerDraft> officers) {

	static OpenCaseForm empty(UUID parkId, @Nullable UUID projectId, List<String> departments) {
		List<OpenCase.OfficerDraft> rows = new ArrayList<>();
		departments.forEach(d -> rows.add(new OpenCase.OfficerDraft(d, null)));
		return new OpenCaseForm(parkId, projectId, ApprovalMode.COMMITMENT, false, null, null, false, false, null, null,
				rows);
	}

	OpenCase command() {
		return new OpenCase(projectId, mode, Boolean.TRUE.equals(newLand), eiaLevel, energyTce,
				Boolean.TRUE.equals(hazardous), Boolean.TRUE.equals(specialFire), leadAgent, coAgent, officers);
	}

}
