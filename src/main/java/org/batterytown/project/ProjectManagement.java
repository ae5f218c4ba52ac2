package org.batterytown.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.ChangesRecorded;
import org.batterytown.shared.FieldChange;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.PagedResult;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.StaleVersion;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, edits and moves investment projects within the actor's data scope. Projects outside it
 * are reported as not found. Every change is audited; edits must name the version they were based on.
 */
@Service
@Transactional(readOnly = true)
public class ProjectManagement {

	static final String SUBJECT = "project";

	private final ProjectRepository projects;

	private final EnterpriseManagement enterprises;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProjectManagement(ProjectRepository projects, EnterpriseManagement enterprises, ApplicationEventPublisher events,
			Clock clock) {
		this.projects = projects;
		this.enterprises = enterprises;
		this.events = events;
		this.clock = clock;
	}

	/** The visible projects matching the filter, oldest registration first. */
	public PagedResult<ProjectView> search(Actor actor, ProjectFilter filter, int page, int size) {
		List<ProjectView> all = visible(actor).stream().filter(filter::matches).map(p -> p.view(today())).toList();
		return PagedResult.of(all, page, size);
	}

	/** All visible projects matching the filter, for overviews that need every one of them. */
	public List<ProjectView> list(Actor actor, ProjectFilter filter) {
		return visible(actor).stream().filter(filter::matches).map(p -> p.view(today())).toList();
	}

	/** @throws NotFound if there is no such project or it lies outside the actor's scope */
	public ProjectView get(Actor actor, ProjectId id) {
		return load(actor, id).view(today());
	}

	/**
	 * Registers a project of a visible enterprise, in the enterprise's park.
	 *
	 * @throws NotAllowed if the actor may not edit that enterprise's data
	 */
	@Transactional
	public ProjectId register(Actor actor, ProjectDraft draft) {
		return register(actor, draft, clock.instant(), null);
	}

	/**
	 * Registers a project whose stage was observed earlier than now, e.g. at a site visit a report
	 * describes: the stage log carries that time and note; the audit trail records the real time.
	 */
	@Transactional
	public ProjectId register(Actor actor, ProjectDraft draft, java.time.Instant observedAt,
			@org.jspecify.annotations.Nullable String note) {
		EnterpriseView enterprise = enterprises.get(actor, new EnterpriseId(draft.enterpriseId()));
		if (!actor.canEdit(enterprise.parkId().value(), enterprise.id().value())) {
			throw new NotAllowed("register a project");
		}
		List<FieldChange> changes = new ArrayList<>();
		changes.add(new FieldChange("enterprise", null, enterprise.name().zh()));
		InvestmentProject project = InvestmentProject.register(enterprise.parkId().value(), draft, actor.username(),
				observedAt, note, clock.instant(), changes);
		projects.save(project);
		recorded(actor, project, changes);
		return new ProjectId(project.id());
	}

	/** Edits names, investment, description, capacity lines and phases. Stages move through {@link #moveStage}. */
	@Transactional
	public ProjectView update(Actor actor, ProjectId id, ProjectDraft draft, long expectedVersion) {
		InvestmentProject project = editable(actor, id, expectedVersion);
		if (!draft.enterpriseId().equals(project.enterpriseId())) {
			throw new RuleViolation("enterpriseId", "project.enterprise.fixed");
		}
		List<FieldChange> changes = project.apply(draft);
		projects.save(project);
		recorded(actor, project, changes);
		return project.view(today());
	}

	/**
	 * Moves the project or one phase to another stage.
	 *
	 * @throws RuleViolation if the move is not allowed from the current stage; nothing is written
	 */
	@Transactional
	public ProjectView moveStage(Actor actor, ProjectId id, StageChange change, long expectedVersion) {
		InvestmentProject project = editable(actor, id, expectedVersion);
		if (change.phaseNo() != null && !project.hasPhase(change.phaseNo())) {
			throw new RuleViolation("phaseNo", "stage.phase.unknown", change.phaseNo());
		}
		if (!project.allowedTransitions(change.phaseNo()).contains(change.target())) {
			throw new RuleViolation("target", "stage.illegal", label(project.stageOf(change.phaseNo())),
					label(change.target()));
		}
		FieldChange moved = project.moveTo(change, actor.username(), clock.instant());
		projects.save(project);
		recorded(actor, project, List.of(moved));
		events.publishEvent(new ProjectStageChanged(new ProjectId(project.id()), project.parkId(),
				ProjectStage.valueOf(moved.oldValue()), change.target(), change.phaseNo(), clock.instant()));
		return project.view(today());
	}

	@Transactional
	public ProjectView setMilestone(Actor actor, ProjectId id, MilestoneDraft milestone, long expectedVersion) {
		InvestmentProject project = editable(actor, id, expectedVersion);
		List<FieldChange> changes = project.setMilestone(milestone);
		projects.save(project);
		recorded(actor, project, changes);
		return project.view(today());
	}

	@Transactional
	public ProjectView addNote(Actor actor, ProjectId id, String text, long expectedVersion) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation("text", "note.required");
		}
		if (text.length() > 4000) {
			throw new RuleViolation("text", "note.tooLong");
		}
		InvestmentProject project = editable(actor, id, expectedVersion);
		project.addNote(text, actor.username(), clock.instant());
		projects.save(project);
		recorded(actor, project, List.of(new FieldChange("note", null, text.trim())));
		return project.view(today());
	}

	/** Whether the actor may change the project; pages use it to offer or hide edit buttons. */
	public boolean canEdit(Actor actor, ProjectId id) {
		InvestmentProject project = load(actor, id);
		return actor.canEdit(project.parkId(), project.enterpriseId());
	}

	private List<InvestmentProject> visible(Actor actor) {
		return projects.visibleTo(actor);
	}

	private InvestmentProject load(Actor actor, ProjectId id) {
		return projects.findById(id.value())
			.filter(p -> actor.canRead(p.parkId(), p.enterpriseId()))
			.orElseThrow(() -> new NotFound(SUBJECT, id.value()));
	}

	private InvestmentProject editable(Actor actor, ProjectId id, long expectedVersion) {
		InvestmentProject project = load(actor, id);
		if (!actor.canEdit(project.parkId(), project.enterpriseId())) {
			throw new NotAllowed("edit a project");
		}
		if (project.version() != expectedVersion) {
			throw new StaleVersion(SUBJECT, id.value());
		}
		return project;
	}

	private void recorded(Actor actor, InvestmentProject project, List<FieldChange> changes) {
		if (!changes.isEmpty()) {
			events.publishEvent(new ChangesRecorded(SUBJECT, project.id(), project.parkId(), actor.username(),
					clock.instant(), changes));
		}
	}

	/** A stage's name in the reader's language, resolved where the message is written. */
	private static MessageSourceResolvable label(ProjectStage stage) {
		return new DefaultMessageSourceResolvable("stage." + stage.name());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
