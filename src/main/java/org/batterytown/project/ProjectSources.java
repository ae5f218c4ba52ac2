package org.batterytown.project;

import java.time.Clock;
import java.util.List;

import org.batterytown.shared.Actor;
import org.batterytown.shared.ChangesRecorded;
import org.batterytown.shared.FieldChange;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.source.SourceId;
import org.batterytown.source.Sources;
import org.batterytown.source.Subject;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sources a project's figures cite; citing is audited like any other change. */
@Service
@Transactional(readOnly = true)
public class ProjectSources {

	private final ProjectRepository projects;

	private final Sources sources;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProjectSources(ProjectRepository projects, Sources sources, ApplicationEventPublisher events, Clock clock) {
		this.projects = projects;
		this.sources = sources;
		this.events = events;
		this.clock = clock;
	}

	/** Cites a source for one figure of the project ("*" for the project as a whole). */
	@Transactional
	public void cite(Actor actor, ProjectId id, SourceId source, String field) {
		InvestmentProject project = load(actor, id);
		if (!actor.canEdit(project.parkId(), project.enterpriseId())) {
			throw new NotAllowed("cite a source");
		}
		sources.cite(source, new Subject(ProjectManagement.SUBJECT, project.id(), project.parkId()), field);
		events.publishEvent(new ChangesRecorded(ProjectManagement.SUBJECT, project.id(), project.parkId(),
				actor.username(), clock.instant(),
				List.of(new FieldChange("source." + field, null, sources.get(source).title()))));
	}

	/** Registers a source (or reuses an identical one) and cites it, in one transaction. */
	@Transactional
	public void cite(Actor actor, ProjectId id, org.batterytown.source.SourceDraft source, String field) {
		InvestmentProject project = load(actor, id);
		if (!actor.canEdit(project.parkId(), project.enterpriseId())) {
			throw new NotAllowed("cite a source");
		}
		cite(actor, id, sources.register(source), field);
	}

	public List<org.batterytown.source.Citation> citations(Actor actor, ProjectId id) {
		InvestmentProject project = load(actor, id);
		return sources.citationsOf(ProjectManagement.SUBJECT, project.id());
	}

	private InvestmentProject load(Actor actor, ProjectId id) {
		return projects.findById(id.value())
			.filter(p -> actor.canRead(p.parkId(), p.enterpriseId()))
			.orElseThrow(() -> new NotFound(ProjectManagement.SUBJECT, id.value()));
	}

}
