package org.batterytown.attraction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectStage;
import org.batterytown.project.ProjectView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline followed past signing into production: each lead's stages, then its project's
 * construction start, production and nameplate from the registry's stage log, counted and timed by
 * group. Leaders and staff of the park read it; enterprise users do not.
 */
@Service
@Transactional(readOnly = true)
public class LeadFunnel {

	private static final Set<ProjectStage> STARTED = EnumSet.of(ProjectStage.UNDER_CONSTRUCTION, ProjectStage.BUILT,
			ProjectStage.TRIAL_PRODUCTION, ProjectStage.IN_PRODUCTION, ProjectStage.AT_NAMEPLATE);

	private static final Set<ProjectStage> PRODUCING = EnumSet.of(ProjectStage.IN_PRODUCTION,
			ProjectStage.AT_NAMEPLATE);

	private final LeadRepository leads;

	private final ProjectManagement projects;

	LeadFunnel(LeadRepository leads, ProjectManagement projects) {
		this.leads = leads;
		this.projects = projects;
	}

	public List<FunnelRow> of(Actor actor, UUID parkId, FunnelGrouping by) {
		if (actor.role() == Role.ENTERPRISE || !actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		List<Funnels.Journey> journeys = new ArrayList<>();
		for (Lead lead : leads.findByParkIdOrderByCreatedAtAsc(parkId)) {
			journeys.add(new Funnels.Journey(group(lead, by), reached(lead)));
		}
		return Funnels.rows(journeys);
	}

	private Map<FunnelStep, Instant> reached(Lead lead) {
		Map<FunnelStep, Instant> reached = new EnumMap<>(FunnelStep.class);
		for (LeadLogEntry e : lead.stageLog()) {
			if (e.stage() != LeadStage.LOST) {
				reached.merge(FunnelStep.valueOf(e.stage().name()), e.at(), (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		if (lead.projectId() != null) {
			ProjectView project = projects.get(Actor.system(), new ProjectId(lead.projectId()));
			for (ProjectView.LogEntry e : project.stageLog()) {
				if (e.phaseNo() != null) {
					continue;
				}
				if (STARTED.contains(e.stage())) {
					reached.merge(FunnelStep.CONSTRUCTION_START, e.at(), (a, b) -> a.isBefore(b) ? a : b);
				}
				if (PRODUCING.contains(e.stage())) {
					reached.merge(FunnelStep.PRODUCTION, e.at(), (a, b) -> a.isBefore(b) ? a : b);
				}
				if (e.stage() == ProjectStage.AT_NAMEPLATE) {
					reached.merge(FunnelStep.NAMEPLATE, e.at(), (a, b) -> a.isBefore(b) ? a : b);
				}
			}
		}
		return reached;
	}

	private static String group(Lead lead, FunnelGrouping by) {
		return switch (by) {
			case ALL -> "ALL";
			case SOURCE -> lead.source().name();
			case EVENT -> lead.eventId() == null ? "NONE" : lead.eventId().toString();
			case AMBASSADOR -> lead.ambassadorId() == null ? "NONE" : lead.ambassadorId().toString();
			case LINK -> lead.link() == null ? "NONE" : lead.link().name();
		};
	}

}
