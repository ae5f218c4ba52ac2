package org.batterytown.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.batterytown.enterprise.ChainRole;
import org.batterytown.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** Survey answers added up by chain link, with numbers. */
class SurveyAggregationTests {

	private static final QuestionnaireView.Question STAFF = new QuestionnaireView.Question("staff_change",
			QuestionnaireView.Section.HIRING, QuestionnaireView.Kind.CHOICE, new LocalizedText("用工", null),
			List.of(option("INCREASE"), option("STABLE"), option("DECREASE")));

	private static final QuestionnaireView.Question POWER = new QuestionnaireView.Question("constraint_power",
			QuestionnaireView.Section.CONSTRAINTS, QuestionnaireView.Kind.SCALE, new LocalizedText("电力", null), List.of());

	private static final QuestionnaireView.Question HIRES = new QuestionnaireView.Question("hires_planned",
			QuestionnaireView.Section.HIRING, QuestionnaireView.Kind.NUMBER, new LocalizedText("新增岗位", null), List.of());

	private static final QuestionnaireView.Question COMMENTS = new QuestionnaireView.Question("comments",
			QuestionnaireView.Section.SATISFACTION, QuestionnaireView.Kind.TEXT, new LocalizedText("意见", null), List.of());

	private static final QuestionnaireView QUESTIONNAIRE = new QuestionnaireView(1, new LocalizedText("问卷", null),
			LocalDate.of(2026, 11, 30), "test", List.of(STAFF, POWER, HIRES, COMMENTS));

	@Test
	void eachEnterpriseCountsUnderEveryLinkItHasAndUnderAll() {
		UUID anode = UUID.randomUUID();
		UUID integrated = UUID.randomUUID();
		UUID graphitization = UUID.randomUUID();
		UUID unknown = UUID.randomUUID();
		Map<UUID, Map<String, String>> answers = new LinkedHashMap<>();
		answers.put(anode, Map.of("staff_change", "INCREASE", "constraint_power", "5", "hires_planned", "40"));
		answers.put(integrated, Map.of("staff_change", "DECREASE", "constraint_power", "4", "hires_planned", "10"));
		answers.put(graphitization, Map.of("staff_change", "STABLE", "constraint_power", "3"));
		answers.put(unknown, Map.of("staff_change", "DECREASE", "comments", "无"));
		Map<UUID, Set<ChainRole>> roles = Map.of(anode, Set.of(ChainRole.ANODE_MATERIALS), integrated,
				Set.of(ChainRole.ANODE_MATERIALS, ChainRole.GRAPHITIZATION), graphitization, Set.of(ChainRole.GRAPHITIZATION),
				unknown, Set.of());

		SurveyResults results = SurveyAggregation.of(QUESTIONNAIRE, 4, answers, roles);

		assertThat(results.groups()).containsExactly("ALL", "GRAPHITIZATION", "ANODE_MATERIALS", "UNDISCLOSED");
		// free text is read in the responses, not added up
		assertThat(results.questions()).extracting(q -> q.question().code())
			.containsExactly("staff_change", "constraint_power", "hires_planned");

		SurveyResults.GroupResult all = group(results, "staff_change", "ALL");
		assertThat(all.answered()).isEqualTo(4);
		assertThat(all.counts()).containsExactly(Map.entry("INCREASE", 1), Map.entry("STABLE", 1), Map.entry("DECREASE", 2));
		assertThat(group(results, "staff_change", "ANODE_MATERIALS").counts())
			.containsExactly(Map.entry("INCREASE", 1), Map.entry("STABLE", 0), Map.entry("DECREASE", 1));
		assertThat(group(results, "staff_change", "GRAPHITIZATION").counts())
			.containsExactly(Map.entry("INCREASE", 0), Map.entry("STABLE", 1), Map.entry("DECREASE", 1));
		assertThat(group(results, "staff_change", "UNDISCLOSED").counts()).containsEntry("DECREASE", 1);

		// power: (5 + 4 + 3) / 3 = 4 overall; anode (5 + 4) / 2 = 4.5; graphitization (4 + 3) / 2 = 3.5
		assertThat(group(results, "constraint_power", "ALL").mean()).isEqualTo(4.0);
		assertThat(group(results, "constraint_power", "ALL").answered()).isEqualTo(3);
		assertThat(group(results, "constraint_power", "ANODE_MATERIALS").mean()).isEqualTo(4.5);
		assertThat(group(results, "constraint_power", "GRAPHITIZATION").mean()).isEqualTo(3.5);
		assertThat(group(results, "constraint_power", "UNDISCLOSED").mean()).isNull();
		assertThat(group(results, "constraint_power", "ALL").counts()).containsEntry("5", 1).containsEntry("4", 1);

		// hires: 40 + 10 = 50 in all, mean 25; graphitization only the integrated one's 10
		assertThat(group(results, "hires_planned", "ALL").sum()).isEqualTo(50.0);
		assertThat(group(results, "hires_planned", "ALL").mean()).isEqualTo(25.0);
		assertThat(group(results, "hires_planned", "GRAPHITIZATION").sum()).isEqualTo(10.0);
		assertThat(group(results, "hires_planned", "UNDISCLOSED").sum()).isNull();
	}

	private static SurveyResults.GroupResult group(SurveyResults results, String question, String group) {
		return results.questions().stream().filter(q -> q.question().code().equals(question)).findFirst().orElseThrow()
			.groups().stream().filter(g -> g.group().equals(group)).findFirst().orElseThrow();
	}

	private static QuestionnaireView.Option option(String code) {
		return new QuestionnaireView.Option(code, new LocalizedText(code, null));
	}

}
