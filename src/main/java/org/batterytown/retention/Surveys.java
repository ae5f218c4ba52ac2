package org.batterytown.retention;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.batterytown.attraction.AttractionManagement;
import org.batterytown.calendar.Calendars;
import org.batterytown.calendar.DayType;
import org.batterytown.enterprise.ChainRole;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.LocalizedText;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey of the enterprises already here: a versioned questionnaire answered by an enterprise's
 * users or recorded by the zone's staff (in a visit); red-flag answers open follow-ups with an owner
 * and a due day; results aggregate by chain link; a concrete expansion plan becomes a lead.
 */
@Service
@Transactional
public class Surveys {

	private static final int TEXT_MAX = 2000;

	private final JdbcClient jdbc;

	private final EnterpriseManagement enterprises;

	private final FollowUps followUps;

	private final Calendars calendars;

	private final AttractionManagement attraction;

	private final VisitPlans plans;

	private final Clock clock;

	Surveys(JdbcClient jdbc, EnterpriseManagement enterprises, FollowUps followUps, Calendars calendars,
			AttractionManagement attraction, VisitPlans plans, Clock clock) {
		this.jdbc = jdbc;
		this.enterprises = enterprises;
		this.followUps = followUps;
		this.calendars = calendars;
		this.attraction = attraction;
		this.plans = plans;
		this.clock = clock;
	}

	/** The questionnaire new responses answer: the highest version. */
	@Transactional(readOnly = true)
	public QuestionnaireView current() {
		Integer version = jdbc.sql("select max(version) from survey_questionnaire").query(Integer.class).single();
		return questionnaire(version);
	}

	@Transactional(readOnly = true)
	public QuestionnaireView questionnaire(int version) {
		List<QuestionnaireView.Question> questions = jdbc.sql("""
				select code, section, kind, text_zh, text_en, options from survey_question
				where questionnaire_version = ? order by position""")
			.param(version)
			.query((rs, n) -> new QuestionnaireView.Question(rs.getString(1),
					QuestionnaireView.Section.valueOf(rs.getString(2)), QuestionnaireView.Kind.valueOf(rs.getString(3)),
					new LocalizedText(rs.getString(4), rs.getString(5)), options(rs.getString(6))))
			.list();
		return jdbc.sql("select title_zh, title_en, published_on, basis from survey_questionnaire where version = ?")
			.param(version)
			.query((rs, n) -> new QuestionnaireView(version, new LocalizedText(rs.getString(1), rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getString(4), questions))
			.optional()
			.orElseThrow(() -> new NotFound("questionnaire", version));
	}

	private static List<QuestionnaireView.Option> options(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return List.of();
		}
		return Arrays.stream(raw.split(";")).map(o -> o.split("\\|", 3))
			.map(p -> new QuestionnaireView.Option(p[0], new LocalizedText(p[1], p.length > 2 ? p[2] : null)))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<RedFlagRule> rules() {
		return jdbc.sql("""
				select code, question_code, answer_values, label_zh, label_en, due_working_days, weight, active, version
				from survey_red_flag_rule order by code""")
			.query((rs, n) -> new RedFlagRule(rs.getString(1), rs.getString(2),
					new LinkedHashSet<>(Arrays.asList(rs.getString(3).split(","))),
					new LocalizedText(rs.getString(4), rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getBoolean(8),
					rs.getLong(9)))
			.list();
	}

	/**
	 * Changes a red-flag rule: the answers it matches, its due days, weight and whether it applies.
	 *
	 * @throws RuleViolations for values the question cannot take, or days or weight out of range
	 */
	public RedFlagRule changeRule(Actor actor, String code, @Nullable Set<String> values,
			@Nullable Integer dueWorkingDays, @Nullable Integer weight, @Nullable Boolean active, long expectedVersion) {
		if (!actor.isAdmin()) {
			throw new NotAllowed("red-flag rule");
		}
		RedFlagRule rule = rules().stream().filter(r -> r.code().equals(code)).findFirst()
			.orElseThrow(() -> new NotFound("redFlagRule", code));
		QuestionnaireView.Question question = current().question(rule.questionCode())
			.orElseThrow(() -> new NotFound("question", rule.questionCode()));
		List<RuleViolation> found = new ArrayList<>();
		Set<String> cleaned = values == null ? Set.of()
				: values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
					.collect(Collectors.toCollection(LinkedHashSet::new));
		if (cleaned.isEmpty() || cleaned.stream().anyMatch(v -> problem(question, v) != null)) {
			found.add(new RuleViolation("values", "redFlag.values.invalid"));
		}
		if (dueWorkingDays == null || dueWorkingDays < 1 || dueWorkingDays > 60) {
			found.add(new RuleViolation("dueWorkingDays", "redFlag.days.invalid"));
		}
		if (weight == null || weight < 1 || weight > 10) {
			found.add(new RuleViolation("weight", "redFlag.weight.invalid"));
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		int changed = jdbc.sql("""
				update survey_red_flag_rule set answer_values = ?, due_working_days = ?, weight = ?, active = ?,
				  version = version + 1 where code = ? and version = ?""")
			.params(String.join(",", cleaned), dueWorkingDays, weight, active == null || active, code, expectedVersion)
			.update();
		if (changed == 0) {
			throw new StaleVersion("redFlagRule", code);
		}
		return rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
	}

	/**
	 * Records a response to the current questionnaire and opens a follow-up for each red-flag answer.
	 *
	 * @throws RuleViolations naming every wrong answer; nothing is stored then
	 */
	public UUID respond(Actor actor, SurveyDraft draft) {
		if (actor.role() == Role.VIEWER) {
			throw new NotAllowed("survey");
		}
		UUID enterpriseId = actor.role() == Role.ENTERPRISE ? actor.enterpriseId() : draft.enterpriseId();
		if (enterpriseId == null) {
			throw new RuleViolations(List.of(new RuleViolation("enterpriseId", "survey.enterpriseRequired")));
		}
		EnterpriseView enterprise = enterprises.get(actor, new EnterpriseId(enterpriseId));
		UUID parkId = enterprise.parkId().value();
		if (actor.role() == Role.VIEWER || actor.role() != Role.ENTERPRISE && !actor.actsForZone(parkId)) {
			throw new NotAllowed("survey");
		}
		QuestionnaireView questionnaire = current();
		Map<String, String> answers = new LinkedHashMap<>();
		List<RuleViolation> found = new ArrayList<>();
		(draft.answers() == null ? Map.<String, String>of() : draft.answers()).forEach((code, raw) -> {
			if (raw == null || raw.isBlank()) {
				return;
			}
			QuestionnaireView.Question question = questionnaire.question(code).orElse(null);
			String value = raw.strip();
			String problem = question == null ? "survey.unknownQuestion" : problem(question, value);
			if (problem != null) {
				found.add(new RuleViolation("answers[" + code + "]", problem));
			}
			else {
				answers.put(code, value);
			}
		});
		if (found.isEmpty() && answers.isEmpty()) {
			found.add(new RuleViolation("answers", "survey.empty"));
		}
		if (draft.visitId() != null && actor.role() != Role.ENTERPRISE) {
			boolean ofEnterprise = jdbc.sql("select count(*) from retention_visit where id = ? and enterprise_id = ?")
				.params(draft.visitId(), enterpriseId).query(Integer.class).single() > 0;
			if (!ofEnterprise) {
				found.add(new RuleViolation("visitId", "survey.visitOfOther"));
			}
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		UUID id = UUID.randomUUID();
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("""
				insert into survey_response (id, questionnaire_version, park_id, enterprise_id, visit_id, channel,
				  answered_on, answered_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, questionnaire.version(), parkId, enterpriseId,
					actor.role() == Role.ENTERPRISE ? null : draft.visitId(),
					(actor.role() == Role.ENTERPRISE ? SurveyChannel.ENTERPRISE : SurveyChannel.STAFF).name(), today,
					actor.username(), java.sql.Timestamp.from(clock.instant()))
			.update();
		answers.forEach((code, value) -> jdbc.sql("insert into survey_answer (response_id, question_code, value) values (?, ?, ?)")
			.params(id, code, value).update());
		for (RedFlagRule rule : rules()) {
			answers.forEach((code, value) -> {
				if (rule.matches(code, value)) {
					QuestionnaireView.Question question = questionnaire.question(code).orElseThrow();
					String answer = question.option(value).map(o -> o.label().zh()).orElse(value);
					followUps.open(parkId, enterpriseId, FollowUpOrigin.SURVEY_RED_FLAG, id, rule.code(),
							rule.label().zh() + "：" + question.text().zh() + " — " + answer, null,
							calendars.current().due(today, rule.dueWorkingDays(), DayType.WORKING), rule.dueWorkingDays(),
							actor);
				}
			});
		}
		return id;
	}

	/** Why an answer cannot be taken, as a message key; null when it can. */
	static @Nullable String problem(QuestionnaireView.Question question, String value) {
		return switch (question.kind()) {
			case CHOICE -> question.option(value).isPresent() ? null : "survey.choice";
			case SCALE -> value.matches("[1-5]") ? null : "survey.scale";
			case NUMBER -> number(value) == null ? "survey.number" : null;
			case TEXT -> value.length() > TEXT_MAX ? "survey.text" : null;
		};
	}

	private static @Nullable BigDecimal number(String value) {
		try {
			BigDecimal number = new BigDecimal(value);
			return number.signum() < 0 || number.compareTo(new BigDecimal("1000000000")) > 0 ? null : number;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@Transactional(readOnly = true)
	public SurveyResponseView get(Actor actor, UUID id) {
		return responses(actor, "r.id = ?", id).stream().findFirst().orElseThrow(() -> new NotFound("surveyResponse", id));
	}

	/** The park's responses, newest first; an enterprise user's own only. */
	@Transactional(readOnly = true)
	public List<SurveyResponseView> ofPark(Actor actor, UUID parkId) {
		if (!actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		return actor.role() == Role.ENTERPRISE ? responses(actor, "r.enterprise_id = ?", actor.enterpriseId())
				: responses(actor, "r.park_id = ?", parkId);
	}

	private List<SurveyResponseView> responses(Actor actor, String where, Object param) {
		Map<UUID, Map<String, String>> answers = new HashMap<>();
		jdbc.sql("select a.response_id, a.question_code, a.value from survey_answer a join survey_response r on r.id = a.response_id where "
				+ where)
			.param(param)
			.query((rs, n) -> answers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeMap<>())
				.put(rs.getString(2), rs.getString(3)))
			.list();
		List<Row> rows = jdbc.sql("""
				select r.id, r.questionnaire_version, r.park_id, r.enterprise_id, r.visit_id, r.channel, r.answered_on,
				  r.answered_by, r.expansion_lead_id from survey_response r where""" + " " + where
				+ " order by r.answered_on desc, r.created_at desc")
			.param(param)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class),
					rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), SurveyChannel.valueOf(rs.getString(6)),
					rs.getObject(7, LocalDate.class), rs.getString(8), rs.getObject(9, UUID.class)))
			.list()
			.stream()
			.filter(r -> actor.canRead(r.parkId, r.enterpriseId))
			.toList();
		if (rows.isEmpty()) {
			return List.of();
		}
		UUID parkId = rows.get(0).parkId;
		Map<UUID, LocalizedText> names = enterprises.names(Actor.system(), parkId);
		Map<UUID, List<FollowUpView>> flags = new HashMap<>();
		followUps.ofPark(Actor.system(), parkId, false).stream()
			.filter(f -> f.origin() == FollowUpOrigin.SURVEY_RED_FLAG)
			.forEach(f -> flags.computeIfAbsent(f.originId(), k -> new ArrayList<>()).add(f));
		return rows.stream()
			.map(r -> new SurveyResponseView(r.id, r.version, r.parkId, r.enterpriseId,
					names.getOrDefault(r.enterpriseId, new LocalizedText("?", null)), r.visitId, r.channel,
					r.answeredOn, r.answeredBy, answers.getOrDefault(r.id, Map.of()), flags.getOrDefault(r.id, List.of()),
					r.leadId))
			.toList();
	}

	private record Row(UUID id, int version, UUID parkId, UUID enterpriseId, @Nullable UUID visitId,
			SurveyChannel channel, LocalDate answeredOn, String answeredBy, @Nullable UUID leadId) {
	}

	/** Opens an attraction lead from a response that tells of a concrete expansion plan. */
	public UUID expansionToLead(Actor actor, UUID responseId) {
		SurveyResponseView response = get(actor, responseId);
		if (!actor.actsForZone(response.parkId())) {
			throw new NotAllowed("survey");
		}
		if (!response.plansExpansion()) {
			throw new RuleViolation("expansion_plan", "survey.noExpansion");
		}
		if (response.expansionLeadId() != null) {
			throw new RuleViolation("expansion_plan", "visit.expansionTaken");
		}
		String comments = response.answers().get("comments");
		UUID lead = Expansions.open(attraction, enterprises, plans, actor, response.enterpriseId(), response.answeredOn(),
				"问卷答复：未来 12 个月有具体扩产计划" + (comments == null ? "" : "。" + comments), null, null, null);
		int changed = jdbc.sql("update survey_response set expansion_lead_id = ? where id = ? and expansion_lead_id is null")
			.params(lead, responseId).update();
		if (changed == 0) {
			throw new RuleViolation("expansion_plan", "visit.expansionTaken");
		}
		return lead;
	}

	/**
	 * The current questionnaire's answers in a park by chain link: each enterprise's latest response,
	 * counted under every chain role it has (and under "ALL"). For the zone and its leaders.
	 */
	@Transactional(readOnly = true)
	public SurveyResults results(Actor actor, UUID parkId) {
		if (!actor.canSeePark(parkId) || actor.role() == Role.ENTERPRISE) {
			throw new NotAllowed("survey results");
		}
		QuestionnaireView questionnaire = current();
		Map<UUID, Map<String, String>> latest = new LinkedHashMap<>();
		Map<UUID, UUID> responseOf = new HashMap<>();
		jdbc.sql("""
				select distinct on (enterprise_id) id, enterprise_id from survey_response
				where park_id = ? and questionnaire_version = ? order by enterprise_id, answered_on desc, created_at desc""")
			.params(parkId, questionnaire.version())
			.query((rs, n) -> responseOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
		if (!responseOf.isEmpty()) {
			jdbc.sql("select response_id, question_code, value from survey_answer where response_id in (:ids)")
				.param("ids", responseOf.keySet())
				.query((rs, n) -> latest.computeIfAbsent(responseOf.get(rs.getObject(1, UUID.class)), k -> new HashMap<>())
					.put(rs.getString(2), rs.getString(3)))
				.list();
		}
		Map<UUID, Set<ChainRole>> roles = new HashMap<>();
		enterprises.list(Actor.system()).stream()
			.filter(e -> e.parkId().value().equals(parkId))
			.forEach(e -> roles.put(e.id().value(), e.chainRoles()));
		return SurveyAggregation.of(questionnaire, responseOf.size(), latest, roles);
	}

}
