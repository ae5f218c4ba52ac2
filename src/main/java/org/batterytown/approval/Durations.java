package org.batterytown.approval;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Set;

import org.batterytown.project.MilestoneKind;
import org.batterytown.project.ProjectStage;
import org.batterytown.project.ProjectView;
import org.jspecify.annotations.Nullable;

/**
 * When a project signed and when its construction started: the milestone's actual date where recorded,
 * else the day its stage log first shows the stage (or a later one, for a project entered past it).
 */
final class Durations {

	private static final Set<ProjectStage> STARTED = Set.of(ProjectStage.UNDER_CONSTRUCTION, ProjectStage.BUILT,
			ProjectStage.TRIAL_PRODUCTION, ProjectStage.IN_PRODUCTION, ProjectStage.AT_NAMEPLATE);

	private Durations() {
	}

	static @Nullable LocalDate signedOn(ProjectView p, ZoneId zone) {
		LocalDate milestone = actual(p, MilestoneKind.SIGNING);
		if (milestone != null) {
			return milestone;
		}
		return firstLogged(p, Set.of(ProjectStage.SIGNED, ProjectStage.FILED, ProjectStage.LAND_SECURED), zone);
	}

	static @Nullable LocalDate startedOn(ProjectView p, ZoneId zone) {
		LocalDate milestone = actual(p, MilestoneKind.CONSTRUCTION_START);
		if (milestone != null) {
			return milestone;
		}
		return firstLogged(p, STARTED, zone);
	}

	private static @Nullable LocalDate actual(ProjectView p, MilestoneKind kind) {
		return p.milestones().stream().filter(m -> m.kind() == kind).map(ProjectView.MilestoneState::actualDate)
			.filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	private static @Nullable LocalDate firstLogged(ProjectView p, Set<ProjectStage> stages, ZoneId zone) {
		return p.stageLog().stream().filter(e -> e.phaseNo() == null && stages.contains(e.stage()))
			.min(Comparator.comparing(ProjectView.LogEntry::at)).map(e -> LocalDate.ofInstant(e.at(), zone))
			.orElse(null);
	}

}
