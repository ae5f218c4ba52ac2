package org.batterytown.retention;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.batterytown.enterprise.ChainRole;

/**
 * Adds up answers by chain link: pure, so that the counting is tested with numbers. An enterprise with
 * several chain roles counts under each; one with none under {@link SurveyResults#UNDISCLOSED}.
 */
final class SurveyAggregation {

	private SurveyAggregation() {
	}

	static SurveyResults of(QuestionnaireView questionnaire, int responses, Map<UUID, Map<String, String>> answers,
			Map<UUID, Set<ChainRole>> roles) {
		Map<String, List<Map<String, String>>> byGroup = new LinkedHashMap<>();
		byGroup.put(SurveyResults.ALL, new ArrayList<>());
		for (ChainRole role : ChainRole.values()) {
			byGroup.put(role.name(), new ArrayList<>());
		}
		byGroup.put(SurveyResults.UNDISCLOSED, new ArrayList<>());
		answers.forEach((enterprise, given) -> {
			byGroup.get(SurveyResults.ALL).add(given);
			Set<ChainRole> of = roles.getOrDefault(enterprise, Set.of());
			if (of.isEmpty()) {
				byGroup.get(SurveyResults.UNDISCLOSED).add(given);
			}
			of.forEach(role -> byGroup.get(role.name()).add(given));
		});
		byGroup.entrySet().removeIf(e -> e.getValue().isEmpty() && !e.getKey().equals(SurveyResults.ALL));
		List<SurveyResults.QuestionResult> results = new ArrayList<>();
		for (QuestionnaireView.Question question : questionnaire.questions()) {
			if (question.kind() == QuestionnaireView.Kind.TEXT) {
				continue;
			}
			List<SurveyResults.GroupResult> groups = new ArrayList<>();
			byGroup.forEach((group, list) -> groups.add(group(group, question, list)));
			results.add(new SurveyResults.QuestionResult(question, groups));
		}
		return new SurveyResults(questionnaire.version(), responses, List.copyOf(byGroup.keySet()), results);
	}

	private static SurveyResults.GroupResult group(String group, QuestionnaireView.Question question,
			List<Map<String, String>> responses) {
		Map<String, Integer> counts = new TreeMap<>();
		if (question.kind() == QuestionnaireView.Kind.CHOICE) {
			// every option shown, in the questionnaire's order, even when nobody chose it
			counts = new LinkedHashMap<>();
			for (QuestionnaireView.Option option : question.options()) {
				counts.put(option.code(), 0);
			}
		}
		int answered = 0;
		BigDecimal sum = BigDecimal.ZERO;
		for (Map<String, String> given : responses) {
			String value = given.get(question.code());
			if (value == null) {
				continue;
			}
			answered++;
			switch (question.kind()) {
				case CHOICE, SCALE -> counts.merge(value, 1, Integer::sum);
				default -> {
				}
			}
			if (question.kind() == QuestionnaireView.Kind.SCALE || question.kind() == QuestionnaireView.Kind.NUMBER) {
				sum = sum.add(new BigDecimal(value));
			}
		}
		boolean numeric = question.kind() == QuestionnaireView.Kind.SCALE || question.kind() == QuestionnaireView.Kind.NUMBER;
		Double mean = numeric && answered > 0 ? sum.doubleValue() / answered : null;
		Double total = question.kind() == QuestionnaireView.Kind.NUMBER && answered > 0 ? sum.doubleValue() : null;
		return new SurveyResults.GroupResult(group, answered, counts, mean, total);
	}

}
