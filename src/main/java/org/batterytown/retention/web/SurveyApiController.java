package org.batterytown.retention.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.batterytown.retention.QuestionnaireView;
import org.batterytown.retention.RedFlagRule;
import org.batterytown.retention.SurveyDraft;
import org.batterytown.retention.SurveyResponseView;
import org.batterytown.retention.SurveyResults;
import org.batterytown.retention.Surveys;
import org.batterytown.shared.Actor;
import org.batterytown.shared.ExpectedVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The survey: its current questionnaire, responses (their red-flag follow-ups included), results by
 * chain link, and the red-flag rules, which admins change.
 */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyApiController {

	private final Surveys surveys;

	SurveyApiController(Surveys surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/questionnaire")
	QuestionnaireView questionnaire() {
		return surveys.current();
	}

	@GetMapping("/responses")
	List<SurveyResponseView> responses(Actor actor, @RequestParam UUID parkId) {
		return surveys.ofPark(actor, parkId);
	}

	@PostMapping("/responses")
	ResponseEntity<SurveyResponseView> respond(Actor actor, @RequestBody SurveyDraft draft) {
		UUID id = surveys.respond(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/surveys/responses/" + id)).body(surveys.get(actor, id));
	}

	@GetMapping("/responses/{id}")
	SurveyResponseView response(Actor actor, @PathVariable UUID id) {
		return surveys.get(actor, id);
	}

	@PostMapping("/responses/{id}/expansion/lead")
	ResponseEntity<Map<String, UUID>> toLead(Actor actor, @PathVariable UUID id) {
		UUID lead = surveys.expansionToLead(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/leads/" + lead)).body(Map.of("leadId", lead));
	}

	@GetMapping("/results")
	SurveyResults results(Actor actor, @RequestParam UUID parkId) {
		return surveys.results(actor, parkId);
	}

	@GetMapping("/red-flag-rules")
	List<RedFlagRule> rules() {
		return surveys.rules();
	}

	@PutMapping("/red-flag-rules/{code}")
	ResponseEntity<RedFlagRule> changeRule(Actor actor, @PathVariable String code,
			@RequestHeader("If-Match") String version, @RequestBody RuleChange body) {
		RedFlagRule rule = surveys.changeRule(actor, code, body.values(), body.dueWorkingDays(), body.weight(),
				body.active(), ExpectedVersion.parse(version));
		return ResponseEntity.ok().eTag(Long.toString(rule.version())).body(rule);
	}

	record RuleChange(@Nullable Set<String> values, @Nullable Integer dueWorkingDays, @Nullable Integer weight,
			@Nullable Boolean active) {
	}

}
