package org.batterytown.project.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.batterytown.project.MilestoneDraft;
import org.batterytown.project.MilestoneKind;
import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectSources;
import org.batterytown.project.ProjectStage;
import org.batterytown.project.StageChange;
import org.batterytown.shared.Actor;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.StaleVersion;
import org.batterytown.source.SourceDraft;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons and small forms of a project's detail page: stage moves, milestones, notes, sources.
 * Each answers with the detail page again, carrying a message of what happened.
 */
@Controller
class ProjectActionController {

	private final ProjectManagement projects;

	private final ProjectSources citations;

	ProjectActionController(ProjectManagement projects, ProjectSources citations) {
		this.projects = projects;
		this.citations = citations;
	}

	@PostMapping("/projects/{id}/stage")
	String moveStage(Actor actor, @PathVariable UUID id, @RequestParam long version,
			@RequestParam ProjectStage target, @RequestParam(required = false) @Nullable Integer phaseNo,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes flash) {
		return act(id, flash, "flash.stageMoved",
				() -> projects.moveStage(actor, new ProjectId(id), new StageChange(target, phaseNo, note), version));
	}

	@PostMapping("/projects/{id}/milestones")
	String setMilestone(Actor actor, @PathVariable UUID id, @RequestParam long version,
			@RequestParam MilestoneKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate plannedDate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate actualDate,
			RedirectAttributes flash) {
		return act(id, flash, "flash.milestoneSaved", () -> projects.setMilestone(actor, new ProjectId(id),
				new MilestoneDraft(kind, plannedDate, actualDate), version));
	}

	@PostMapping("/projects/{id}/notes")
	String addNote(Actor actor, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
		return act(id, flash, "flash.noteAdded", () -> projects.addNote(actor, new ProjectId(id), text, version));
	}

	@PostMapping("/projects/{id}/sources")
	String cite(Actor actor, @PathVariable UUID id, @Valid SourceDraft source, BindingResult result,
			@RequestParam(defaultValue = "*") String field, RedirectAttributes flash) {
		if (result.hasErrors()) {
			flash.addFlashAttribute("error", "source.invalid");
			return "redirect:/projects/" + id;
		}
		return act(id, flash, "flash.sourceCited", () -> citations.cite(actor, new ProjectId(id), source, field));
	}

	private static String act(UUID id, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", done);
		}
		catch (RuleViolation ex) {
			flash.addFlashAttribute("error", ex.messageKey());
			flash.addFlashAttribute("errorArgs", ex.arguments());
		}
		catch (StaleVersion ex) {
			flash.addFlashAttribute("error", "form.stale");
		}
		return "redirect:/projects/" + id;
	}

}
