package org.batterytown.project.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.project.CapacityLineDraft;
import org.batterytown.project.PhaseDraft;
import org.batterytown.project.Product;
import org.batterytown.project.ProductForm;
import org.batterytown.project.ProjectDraft;
import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectStage;
import org.batterytown.project.ProjectView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register and edit forms of a project. "Add line" and "add phase" re-render the form with one
 * more row and save nothing, so the form works without scripts.
 */
@Controller
class ProjectFormController {

	private final ProjectManagement projects;

	private final EnterpriseManagement enterprises;

	ProjectFormController(ProjectManagement projects, EnterpriseManagement enterprises) {
		this.projects = projects;
		this.enterprises = enterprises;
	}

	@GetMapping("/projects/new")
	String newForm(Actor actor, @RequestParam(required = false) @Nullable UUID enterpriseId, Model model) {
		List<EnterpriseView> choices = editableEnterprises(actor);
		if (choices.isEmpty()) {
			throw new NotAllowed("register a project");
		}
		UUID enterprise = enterpriseId != null ? enterpriseId : choices.get(0).id().value();
		ProjectDraft draft = new ProjectDraft(enterprise, "", null, null, ProjectStage.PLANNED, null,
				List.of(new CapacityLineDraft(Product.ANODE_FINISHED, null, null)), List.of());
		return form(actor, model, draft, null, null, null);
	}

	@PostMapping("/projects")
	String register(Actor actor, @Valid ProjectDraft draft, BindingResult result,
			@RequestParam(required = false) @Nullable String addLine, @RequestParam(required = false) @Nullable String addPhase,
			@RequestParam(required = false) @Nullable Integer removeLine, Model model) {
		ProjectDraft edited = rows(draft, addLine, addPhase, removeLine);
		if (edited != draft || result.hasErrors()) {
			return form(actor, model, edited, edited == draft ? result : null, null, null);
		}
		try {
			ProjectId id = projects.register(actor, draft);
			return "redirect:/projects/" + id.value();
		}
		catch (RuleViolation ex) {
			FormRejections.reject(result, ex);
			return form(actor, model, draft, result, null, null);
		}
	}

	@GetMapping("/projects/{id}/edit")
	String editForm(Actor actor, @PathVariable UUID id, Model model) {
		ProjectView p = projects.get(actor, new ProjectId(id));
		if (!projects.canEdit(actor, p.id())) {
			throw new NotAllowed("edit a project");
		}
		List<CapacityLineDraft> lines = p.capacityLines().stream()
			.map(l -> new CapacityLineDraft(l.product(), l.nameplate(), l.form()))
			.toList();
		List<PhaseDraft> phases = p.phases().stream()
			.map(ph -> new PhaseDraft(ph.name().zh(), ph.name().en(), ph.stage()))
			.toList();
		ProjectDraft draft = new ProjectDraft(p.enterpriseId().value(), p.name().zh(), p.name().en(),
				p.totalInvestment(), p.stage(), p.description(), lines, phases);
		return form(actor, model, draft, null, id, p.version());
	}

	@PostMapping("/projects/{id}")
	String update(Actor actor, @PathVariable UUID id, @RequestParam long version, @Valid ProjectDraft draft,
			BindingResult result, @RequestParam(required = false) @Nullable String addLine,
			@RequestParam(required = false) @Nullable String addPhase,
			@RequestParam(required = false) @Nullable Integer removeLine, Model model) {
		ProjectDraft edited = rows(draft, addLine, addPhase, removeLine);
		if (edited != draft || result.hasErrors()) {
			return form(actor, model, edited, edited == draft ? result : null, id, version);
		}
		try {
			projects.update(actor, new ProjectId(id), draft, version);
			return "redirect:/projects/" + id;
		}
		catch (RuleViolation ex) {
			FormRejections.reject(result, ex);
			return form(actor, model, draft, result, id, version);
		}
		catch (StaleVersion ex) {
			model.addAttribute("stale", true);
			return form(actor, model, draft, result, id, version);
		}
	}

	/** Adds or removes a row when asked; returns the same draft when nothing was asked. */
	private static ProjectDraft rows(ProjectDraft d, @Nullable String addLine, @Nullable String addPhase,
			@Nullable Integer removeLine) {
		if (addLine == null && addPhase == null && removeLine == null) {
			return d;
		}
		List<CapacityLineDraft> lines = new ArrayList<>(d.capacityLines());
		List<PhaseDraft> phases = new ArrayList<>(d.phases());
		if (addLine != null) {
			lines.add(new CapacityLineDraft(Product.ANODE_FINISHED, null, null));
		}
		if (removeLine != null && removeLine >= 0 && removeLine < lines.size()) {
			lines.remove((int) removeLine);
		}
		if (addPhase != null) {
			phases.add(new PhaseDraft((phases.size() + 1) + "期", "Phase " + (phases.size() + 1), null));
		}
		return new ProjectDraft(d.enterpriseId(), d.nameZh(), d.nameEn(), d.totalInvestment(), d.stage(),
				d.description(), lines, phases);
	}

	private String form(Actor actor, Model model, ProjectDraft draft, @Nullable BindingResult result, @Nullable UUID id,
			@Nullable Long version) {
		model.addAttribute("nav", "projects");
		FormRejections.show(model, "projectDraft", draft, result);
		model.addAttribute("projectId", id);
		model.addAttribute("version", version);
		model.addAttribute("enterprises", editableEnterprises(actor));
		model.addAttribute("stages", ProjectStage.values());
		model.addAttribute("products", Product.values());
		model.addAttribute("forms", ProductForm.values());
		return "project/form";
	}

	private List<EnterpriseView> editableEnterprises(Actor actor) {
		return enterprises.list(actor)
			.stream()
			.filter(e -> actor.canEdit(e.parkId().value(), e.id().value()))
			.toList();
	}

}
