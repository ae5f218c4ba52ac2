package org.batterytown.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A response with the follow-ups its red-flag answers opened. */
public record SurveyResponseView(UUID id, int questionnaireVersion, UUID parkId, UUID enterpriseId,
		LocalizedText enterpriseName, @Nullable UUID visitId, SurveyChannel channel, LocalDate answeredOn, String answeredBy,
		Map<String, String> answers, List<FollowUpView> redFlags, @Nullable UUID expansionLeadId) {

	/** The enterprise said it has a concrete expansion plan. */
	public boolean plansExpansion() {
		return "PLANNED".equals(answers.get("expansion_plan"));
	}

}
