package org.batterytown.project.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.batterytown.audit.AuditEntry;
import org.batterytown.audit.AuditTrail;
import org.batterytown.project.CapacityTotal;
import org.batterytown.project.MilestoneDraft;
import org.batterytown.project.MilestoneKind;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectCapacity;
import org.batterytown.project.ProjectDraft;
import org.batterytown.project.ProjectFilter;
import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectSources;
import org.batterytown.project.ProjectStage;
import org.batterytown.project.ProjectView;
import org.batterytown.project.StageChange;
import org.batterytown.shared.Actor;
import org.batterytown.shared.ExpectedVersion;
import org.batterytown.shared.PagedResult;
import org.batterytown.source.Citation;
import org.batterytown.source.CitationRequest;
import org.batterytown.source.SourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Investment projects within the caller's data scope: capacity lines, stages, milestones, notes.
 * Every change sends the version it read in {@code If-Match}; a stale one gets 409 and writes nothing.
 */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectApiController {

	private final ProjectManagement projects;

	private final ProjectSources citations;

	private final ProjectCapacity capacity;

	private final AuditTrail audit;

	ProjectApiController(ProjectManagement projects, ProjectSources citations, ProjectCapacity capacity,
			AuditTrail audit) {
		this.capacity = capacity;
		this.projects = projects;
		this.citations = citations;
		this.audit = audit;
	}

	@GetMapping
	PagedResult<ProjectDto> list(Actor actor, @RequestParam(required = false) @Nullable ProjectStage stage,
			@RequestParam(required = false) @Nullable UUID enterpriseId,
			@RequestParam(required = false) @Nullable Product product,
			@RequestParam(required = false) @Nullable UUID parkId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return projects.search(actor, new ProjectFilter(stage, enterpriseId, product, parkId), page, size)
			.map(ProjectDto::of);
	}

	/**
	 * Nameplate capacity of a park's projects by product and stage group. Lines with an undisclosed
	 * capacity are counted in {@code undisclosedLines}, never summed as 0.
	 */
	@GetMapping("/capacity")
	List<CapacityTotal> capacity(Actor actor, @RequestParam UUID parkId) {
		return capacity.byProductAndStage(actor, parkId);
	}

	@GetMapping("/{id}")
	ResponseEntity<ProjectDto> get(Actor actor, @PathVariable UUID id) {
		return withVersion(projects.get(actor, new ProjectId(id)));
	}

	@PostMapping
	ResponseEntity<ProjectDto> register(Actor actor, @Valid @RequestBody ProjectDraft draft) {
		ProjectId id = projects.register(actor, draft);
		ProjectView view = projects.get(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id.value()))
			.eTag(Long.toString(view.version()))
			.body(ProjectDto.of(view));
	}

	@PutMapping("/{id}")
	ResponseEntity<ProjectDto> update(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@Valid @RequestBody ProjectDraft draft) {
		return withVersion(projects.update(actor, new ProjectId(id), draft, ExpectedVersion.parse(version)));
	}

	/** Moves the project, or one phase ({@code phaseNo}), to another stage; only legal moves pass. */
	@PostMapping("/{id}/stage-transitions")
	ResponseEntity<ProjectDto> moveStage(Actor actor, @PathVariable UUID id,
			@RequestHeader("If-Match") String version, @Valid @RequestBody StageChange change) {
		return withVersion(projects.moveStage(actor, new ProjectId(id), change, ExpectedVersion.parse(version)));
	}

	@PutMapping("/{id}/milestones/{kind}")
	ResponseEntity<ProjectDto> setMilestone(Actor actor, @PathVariable UUID id, @PathVariable MilestoneKind kind,
			@RequestHeader("If-Match") String version, @RequestBody MilestoneDates dates) {
		MilestoneDraft draft = new MilestoneDraft(kind, dates.plannedDate(), dates.actualDate());
		return withVersion(projects.setMilestone(actor, new ProjectId(id), draft, ExpectedVersion.parse(version)));
	}

	@PostMapping("/{id}/notes")
	ResponseEntity<ProjectDto> addNote(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@Valid @RequestBody NoteText note) {
		return withVersion(projects.addNote(actor, new ProjectId(id), note.text(), ExpectedVersion.parse(version)));
	}

	/** Field-level change history, newest first. */
	@GetMapping("/{id}/history")
	List<AuditEntry> history(Actor actor, @PathVariable UUID id) {
		ProjectView project = projects.get(actor, new ProjectId(id));
		return audit.historyOf("project", project.id().value());
	}

	@GetMapping("/{id}/citations")
	List<Citation> citations(Actor actor, @PathVariable UUID id) {
		return citations.citations(actor, new ProjectId(id));
	}

	@PostMapping("/{id}/citations")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void cite(Actor actor, @PathVariable UUID id, @Valid @RequestBody CitationRequest request) {
		citations.cite(actor, new ProjectId(id), new SourceId(request.sourceId()), request.field());
	}

	private static ResponseEntity<ProjectDto> withVersion(ProjectView p) {
		return ResponseEntity.ok().eTag(Long.toString(p.version())).body(ProjectDto.of(p));
	}

	/** The baseline and actual date of a milestone; {@literal null} where not known. */
	record MilestoneDates(@Nullable LocalDate plannedDate, @Nullable LocalDate actualDate) {
	}

	record NoteText(@NotBlank(message = "{note.required}") @Size(max = 4000, message = "{note.tooLong}") String text) {
	}

}
