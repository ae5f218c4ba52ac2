package org.batterytown.retention;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Answers to the current questionnaire, by question code; blank answers count as not given. */
public record SurveyDraft(@Nullable UUID enterpriseId, @Nullable UUID visitId, @Nullable Map<String, String> answers) {
}
