package org.batterytown.retention;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A questionnaire version's answers aggregated by chain link: the latest response of each enterprise
 * counts once, under each link (chain role) the registry gives it, and under "all"; enterprises with no
 * link disclosed under {@code UNDISCLOSED}.
 *
 * @param groups "ALL", the chain roles in their order, "UNDISCLOSED" — those with responses
 */
public record SurveyResults(int questionnaireVersion, int responses, List<String> groups,
		List<QuestionResult> questions) {

	public static final String ALL = "ALL";

	public static final String UNDISCLOSED = "UNDISCLOSED";

	public record QuestionResult(QuestionnaireView.Question question, List<GroupResult> groups) {
	}

	/**
	 * @param counts per option code (CHOICE) or per value 1–5 (SCALE)
	 * @param mean of SCALE and NUMBER answers; null without any
	 * @param sum of NUMBER answers
	 */
	public record GroupResult(String group, int answered, Map<String, Integer> counts, @Nullable Double mean,
			@Nullable Double sum) {
	}

}
