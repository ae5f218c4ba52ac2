package org.batterytown.retention.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.park.ParkManagement;
import org.batterytown.retention.SurveyDraft;
import org.batterytown.retention.SurveyResponseView;
import org.batterytown.retention.Surveys;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Survey pages: results by chain link with the responses and the red-flag rules; the questionnaire to
 * answer (an enterprise user for its own enterprise, the zone's staff for one they visit); a response
 * with the follow-ups its red flags opened.
 */
@Controller
class SurveyPageController {

	/** Answers arrive as {@code q.<question code>}. */
	private static final String ANSWER = "q.";

	private final Surveys surveys;

	private final ParkManagement parks;

	private final EnterpriseManagement enterprises;

	SurveyPageController(Surveys surveys, ParkManagement parks, EnterpriseManagement enterprises) {
		this.surveys = surveys;
		this.parks = parks;
		this.enterprises = enterprises;
	}

	@GetMapping("/retention/surveys")
	String surveys(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = parks.pageParkOf(actor, parkId);
		model.addAttribute("nav", "retention");
		model.addAttribute("parkId", park);
		model.addAttribute("questionnaire", surveys.current());
		model.addAttribute("responses", surveys.ofPark(actor, park));
		model.addAttribute("results", actor.role() == Role.ENTERPRISE ? null : surveys.results(actor, park));
		model.addAttribute("rules", surveys.rules());
		model.addAttribute("canAnswer", actor.role() == Role.ENTERPRISE || actor.actsForZone(park));
		model.addAttribute("admin", actor.isAdmin());
		return "retention/surveys";
	}

	@GetMapping("/retention/surveys/new")
	String newResponse(Actor actor, @RequestParam(required = false) @Nullable UUID parkId,
			@RequestParam(required = false) @Nullable UUID enterpriseId,
			@RequestParam(required = false) @Nullable UUID visitId, Model model) {
		UUID park = parks.pageParkOf(actor, parkId);
		if (actor.role() != Role.ENTERPRISE && !actor.actsForZone(park)) {
			throw new NotAllowed("survey");
		}
		return form(actor, park, enterpriseId, visitId, Map.of(), Map.of(), model);
	}

	@PostMapping("/retention/surveys")
	String respond(Actor actor, @RequestParam(required = false) @Nullable UUID parkId,
			@RequestParam Map<String, String> params, Model model) {
		UUID park = parks.pageParkOf(actor, parkId);
		if (actor.role() == Role.VIEWER) {
			throw new NotAllowed("survey");
		}
		UUID enterpriseId = uuid(params.get("enterpriseId"));
		UUID visitId = uuid(params.get("visitId"));
		Map<String, String> answers = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith(ANSWER)) {
				answers.put(name.substring(ANSWER.length()), value);
			}
		});
		try {
			UUID id = surveys.respond(actor, new SurveyDraft(enterpriseId, visitId, answers));
			return "redirect:/retention/surveys/" + id;
		}
		catch (RuleViolations ex) {
			Map<String, String> errors = new HashMap<>();
			ex.violations().forEach(v -> errors.put(v.field() == null ? "" : v.field(), v.messageKey()));
			return form(actor, park, enterpriseId, visitId, answers, errors, model);
		}
	}

	private String form(Actor actor, UUID park, @Nullable UUID enterpriseId, @Nullable UUID visitId,
			Map<String, String> answers, Map<String, String> errors, Model model) {
		model.addAttribute("nav", "retention");
		model.addAttribute("parkId", park);
		model.addAttribute("questionnaire", surveys.current());
		model.addAttribute("enterpriseId", enterpriseId);
		model.addAttribute("visitId", visitId);
		model.addAttribute("answers", answers);
		model.addAttribute("errors", errors);
		model.addAttribute("staff", actor.role() != Role.ENTERPRISE);
		model.addAttribute("enterprises", enterprises.list(actor).stream()
			.filter(e -> e.parkId().value().equals(park)).toList());
		model.addAttribute("scale", List.of("1", "2", "3", "4", "5"));
		return "retention/survey-form";
	}

	@GetMapping("/retention/surveys/{id}")
	String response(Actor actor, @PathVariable UUID id, Model model) {
		SurveyResponseView response = surveys.get(actor, id);
		model.addAttribute("nav", "retention");
		model.addAttribute("r", response);
		model.addAttribute("questionnaire", surveys.questionnaire(response.questionnaireVersion()));
		model.addAttribute("zone", actor.actsForZone(response.parkId()));
		return "retention/response";
	}

	@PostMapping("/retention/surveys/{id}/expansion/lead")
	String toLead(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			return "redirect:/leads/" + surveys.expansionToLead(actor, id);
		}
		catch (RuleViolation | RuleViolations ex) {
			ProblemFlash.of(redirect, ex);
		}
		return "redirect:/retention/surveys/" + id;
	}

	/** Admins change a red-flag rule: its answers (comma-separated), due days, weight, whether it applies. */
	@PostMapping("/retention/surveys/rules/{code}")
	String changeRule(Actor actor, @PathVariable String code, @RequestParam(required = false) @Nullable String values,
			@RequestParam(required = false) @Nullable Integer dueWorkingDays,
			@RequestParam(required = false) @Nullable Integer weight,
			@RequestParam(required = false) @Nullable Boolean active, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			surveys.changeRule(actor, code, values == null ? null
					: new LinkedHashSet<>(Arrays.asList(values.split("[,，\\s]+"))), dueWorkingDays, weight,
					active != null && active, version);
			redirect.addFlashAttribute("done", "redFlag.saved");
		}
		catch (RuleViolations | StaleVersion ex) {
			ProblemFlash.of(redirect, ex);
		}
		return "redirect:/retention/surveys";
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
