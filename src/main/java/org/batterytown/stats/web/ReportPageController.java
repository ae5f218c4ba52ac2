package org.batterytown.stats.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectFilter;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectStage;
import org.batterytown.project.ProjectView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.batterytown.stats.ReportFilter;
import org.batterytown.stats.ReportStatus;
import org.batterytown.stats.ReportView;
import org.batterytown.stats.StatsReports;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/**
 * Pages of monthly reports: the list, opening a month, the form (save a draft or submit), and the
 * report with its review findings and the zone's accept / return / correct actions.
 */
@Controller
class ReportPageController {

	private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)\\](.*)$");

	private final StatsReports reports;

	private final EnterpriseManagement enterprises;

	private final ProjectManagement projects;

	private final Clock clock;

	ReportPageController(StatsReports reports, EnterpriseManagement enterprises, ProjectManagement projects,
			Clock clock) {
		this.reports = reports;
		this.enterprises = enterprises;
		this.projects = projects;
		this.clock = clock;
	}

	@GetMapping("/stats/reports")
	String list(Actor actor, @RequestParam(required = false) @Nullable YearMonth period,
			@RequestParam(required = false) @Nullable ReportStatus status,
			@RequestParam(required = false) @Nullable UUID enterpriseId, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("nav", "reports");
		model.addAttribute("page", reports.search(actor, new ReportFilter(period, status, enterpriseId), page, 50));
		model.addAttribute("period", period);
		model.addAttribute("status", status);
		model.addAttribute("enterpriseId", enterpriseId);
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("enterprises", enterprises.list(actor));
		model.addAttribute("reportable", reportable(actor));
		model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1));
		return "stats/reports";
	}

	@PostMapping("/stats/reports")
	String open(Actor actor, @RequestParam UUID enterpriseId, @RequestParam(required = false) @Nullable YearMonth period,
			RedirectAttributes redirect) {
		if (period == null) {
			redirect.addFlashAttribute("openProblem", "stats.report.periodNeeded");
			return "redirect:/stats/reports";
		}
		try {
			return "redirect:/stats/reports/" + reports.open(actor, enterpriseId, period) + "/edit";
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("openProblem", ex.messageKey());
			redirect.addFlashAttribute("openPeriod", period.toString());
			return "redirect:/stats/reports";
		}
	}

	@GetMapping("/stats/reports/{id}")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		ReportView report = reports.get(actor, id);
		model.addAttribute("nav", "reports");
		model.addAttribute("report", report);
		model.addAttribute("canEdit", actor.canEdit(report.parkId(), report.enterpriseId()));
		model.addAttribute("canReview", actor.actsForZone(report.parkId()));
		model.addAttribute("projectNames", projectNames(actor, report));
		return "stats/report";
	}

	@GetMapping("/stats/reports/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		ReportView report = reports.get(actor, id);
		if (!actor.canEdit(report.parkId(), report.enterpriseId())) {
			throw new org.batterytown.shared.NotAllowed("edit a report");
		}
		model.addAttribute("warnings", report.warnings());
		return form(actor, model, report, ReportForm.of(report, underConstruction(actor, report)), null, false);
	}

	@PostMapping("/stats/reports/{id}")
	String save(Actor actor, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String submit, @Valid ReportForm form, BindingResult result,
			Model model) {
		ReportView report = reports.get(actor, id);
		if (result.hasErrors()) {
			return form(actor, model, report, form, result, false);
		}
		try {
			if (submit != null) {
				reports.submit(actor, id, form.content(), version);
			}
			else {
				reports.save(actor, id, form.content(), version);
			}
			return "redirect:/stats/reports/" + id;
		}
		catch (RuleViolations ex) {
			ex.violations().forEach(v -> FormRejections.reject(result, onRow(v, form)));
			return form(actor, model, report, form, result, false);
		}
		catch (RuleViolation ex) {
			FormRejections.reject(result, onRow(ex, form));
			return form(actor, model, report, form, result, false);
		}
		catch (StaleVersion ex) {
			return form(actor, model, report, form, result, true);
		}
	}

	@PostMapping("/stats/reports/{id}/accept")
	String accept(Actor actor, @PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, () -> reports.accept(actor, id, version));
	}

	@PostMapping("/stats/reports/{id}/return")
	String returnReport(Actor actor, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> reports.returnReport(actor, id, reason, version));
	}

	@PostMapping("/stats/reports/{id}/revise")
	String revise(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			return "redirect:/stats/reports/" + reports.revise(actor, id) + "/edit";
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("actionProblem", ex.messageKey());
			return "redirect:/stats/reports/" + id;
		}
	}

	private static String act(UUID id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("actionProblem", ex.messageKey());
		}
		catch (StaleVersion ex) {
			redirect.addFlashAttribute("actionProblem", "form.stale");
		}
		return "redirect:/stats/reports/" + id;
	}

	/** A rule names content line i; on the page that line may sit in another row. */
	private static RuleViolation onRow(RuleViolation v, ReportForm form) {
		if (v.field() == null) {
			return v;
		}
		Matcher m = LINE_FIELD.matcher(v.field());
		if (!m.matches()) {
			return v;
		}
		int row = form.rowOf(Integer.parseInt(m.group(1)));
		return new RuleViolation("lines[" + row + "]" + m.group(2), v.messageKey(), v.arguments());
	}

	private String form(Actor actor, Model model, ReportView report, ReportForm form, @Nullable BindingResult result,
			boolean stale) {
		if (!model.containsAttribute("warnings")) {
			// The warnings of what was sent, so that every warning it raised has its explanation field.
			model.addAttribute("warnings",
					reports.preview(actor, report.id(), form.content()).stream().filter(f -> !f.hard()).toList());
		}
		model.addAttribute("nav", "reports");
		model.addAttribute("report", report);
		FormRejections.show(model, "reportForm", form, result);
		model.addAttribute("products", Product.values());
		model.addAttribute("projectNames", projectNames(actor, report));
		model.addAttribute("stale", stale);
		return "stats/form";
	}

	private List<UUID> underConstruction(Actor actor, ReportView report) {
		return projectsOf(actor, report).stream()
			.filter(p -> p.stage() == ProjectStage.UNDER_CONSTRUCTION
					|| report.investments().stream().anyMatch(i -> i.projectId().equals(p.id().value())))
			.map(p -> p.id().value())
			.toList();
	}

	private java.util.Map<UUID, String> projectNames(Actor actor, ReportView report) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		projectsOf(actor, report).forEach(p -> names.put(p.id().value(), p.name().zh()));
		return names;
	}

	private List<ProjectView> projectsOf(Actor actor, ReportView report) {
		return projects.list(actor, new ProjectFilter(null, report.enterpriseId(), null, null));
	}

	private List<EnterpriseView> reportable(Actor actor) {
		return enterprises.list(actor).stream().filter(e -> actor.canEdit(e.parkId().value(), e.id().value())).toList();
	}

}
