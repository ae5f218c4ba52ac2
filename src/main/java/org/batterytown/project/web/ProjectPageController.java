package org.batterytown.project.web;

import java.util.Comparator;
import java.util.UUID;

import org.batterytown.audit.AuditTrail;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.project.MilestoneKind;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectFilter;
import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectSources;
import org.batterytown.project.ProjectStage;
import org.batterytown.project.ProjectView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.PagedResult;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The project list with its filters, and a project's detail page. */
@Controller
class ProjectPageController {

	static final int PAGE_SIZE = 20;

	private final ProjectManagement projects;

	private final ProjectSources citations;

	private final EnterpriseManagement enterprises;

	private final AuditTrail audit;

	ProjectPageController(ProjectManagement projects, ProjectSources citations, EnterpriseManagement enterprises,
			AuditTrail audit) {
		this.projects = projects;
		this.citations = citations;
		this.enterprises = enterprises;
		this.audit = audit;
	}

	/** The whole page, or only the table when htmx asks after a filter changed. */
	@GetMapping("/projects")
	String list(Actor actor, @RequestParam(required = false) @Nullable ProjectStage stage,
			@RequestParam(required = false) @Nullable UUID enterpriseId,
			@RequestParam(required = false) @Nullable Product product, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		ProjectFilter filter = new ProjectFilter(stage, enterpriseId, product, null);
		PagedResult<ProjectView> result = projects.search(actor, filter, page, PAGE_SIZE);
		model.addAttribute("nav", "projects");
		model.addAttribute("result", result);
		model.addAttribute("filter", filter);
		model.addAttribute("enterprises", enterprises.byId(actor));
		model.addAttribute("enterpriseList", enterprises.list(actor));
		model.addAttribute("stages", ProjectStage.values());
		model.addAttribute("products", Product.values());
		return htmx != null ? "project/list :: table" : "project/list";
	}

	@GetMapping("/projects/{id}")
	String detail(Actor actor, @PathVariable UUID id, Model model) {
		ProjectView project = projects.get(actor, new ProjectId(id));
		model.addAttribute("nav", "projects");
		model.addAttribute("p", project);
		model.addAttribute("enterprise", enterprises.get(actor, project.enterpriseId()));
		model.addAttribute("canEdit", projects.canEdit(actor, project.id()));
		model.addAttribute("citations", citations.citations(actor, project.id()));
		model.addAttribute("history", audit.historyOf("project", id));
		model.addAttribute("milestoneKinds", MilestoneKind.values());
		model.addAttribute("milestones", project.milestones());
		model.addAttribute("log", project.stageLog().stream()
			.sorted(Comparator.comparing(ProjectView.LogEntry::at).reversed())
			.toList());
		return "project/detail";
	}

}
