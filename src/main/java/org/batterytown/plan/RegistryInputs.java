package org.batterytown.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.batterytown.chain.ProductLinks;
import org.batterytown.chain.model.Link;
import org.batterytown.plan.projection.ProjectInput;
import org.batterytown.plan.projection.Timeline;
import org.batterytown.project.CapacityUnit;
import org.batterytown.project.MilestoneKind;
import org.batterytown.project.ProductForm;
import org.batterytown.project.ProjectFilter;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectStage;
import org.batterytown.project.ProjectView;
import org.batterytown.shared.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The park's projects as the projection reads them. A milestone reached counts at its actual date; a
 * producing project without one counts, at nameplate, from when the registry recorded it producing
 * (as the chain balance counts it); one not
 * reached counts at its planned date, or, undated, at the lead time of its stage from now. What had
 * to be assumed is listed, and so are lines whose nameplate was not disclosed.
 */
@Component
class RegistryInputs {

	private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

	private static final Set<ProjectStage> PRODUCING = EnumSet.of(ProjectStage.IN_PRODUCTION, ProjectStage.AT_NAMEPLATE);

	private final ProjectManagement projects;

	RegistryInputs(ProjectManagement projects) {
		this.projects = projects;
	}

	Registry read(Actor actor, UUID parkId, Timeline timeline, YearMonth now, Map<String, Assumption> assumptions,
			List<ScenarioOverride> overrides) {
		List<ProjectView> views = new ArrayList<>(projects.list(actor, new ProjectFilter(null, null, null, parkId)));
		// a stable order keeps every project's draws in place when another one changes
		views.sort(Comparator.comparing(v -> v.id().value()));
		List<ProjectInput> inputs = new ArrayList<>();
		List<String> assumed = new ArrayList<>();
		List<String> undated = new ArrayList<>();
		List<Double> slips = new ArrayList<>();
		int undisclosed = 0;
		for (ProjectView view : views) {
			List<ProjectInput.Line> lines = new ArrayList<>();
			for (ProjectView.Line line : view.capacityLines()) {
				Link link = ProductLinks.of(line.product());
				if (line.nameplate() == null) {
					undisclosed++;
				}
				else if (sameUnit(line.unit(), link)) {
					lines.add(new ProjectInput.Line(link, line.form() == ProductForm.TOLL_PROCESSING,
							line.nameplate().doubleValue()));
				}
			}
			slips.addAll(slips(view));
			inputs.add(input(view, lines, timeline, now, assumptions, overrides, assumed, undated));
		}
		return new Registry(inputs, slips, undisclosed, assumed, undated);
	}

	private ProjectInput input(ProjectView view, List<ProjectInput.Line> lines, Timeline timeline, YearMonth now,
			Map<String, Assumption> assumptions, List<ScenarioOverride> overrides, List<String> assumed,
			List<String> undated) {
		String name = view.name().zh();
		ProjectStage stage = view.stage();
		int before = -1;
		LocalDate productionActual = actual(view, MilestoneKind.PRODUCTION);
		LocalDate trialActual = actual(view, MilestoneKind.TRIAL_PRODUCTION);
		int shift = overrides.stream()
			.filter(o -> o.type() == ScenarioOverride.Type.DELAY_MONTHS && view.id().value().equals(o.projectId()))
			.mapToInt(o -> o.value().intValue())
			.sum();
		boolean cancelled = stage == ProjectStage.CANCELLED || overrides.stream()
			.anyMatch(o -> o.type() == ScenarioOverride.Type.CANCEL && view.id().value().equals(o.projectId()));
		int production;
		boolean productionReached = productionActual != null || PRODUCING.contains(stage);
		if (productionActual != null) {
			production = timeline.index(YearMonth.from(productionActual));
		}
		else if (productionReached) {
			production = recorded(view, PRODUCING, timeline, before);
			undated.add(name);
		}
		else if (planned(view, MilestoneKind.PRODUCTION) != null) {
			production = timeline.index(YearMonth.from(planned(view, MilestoneKind.PRODUCTION))) + shift;
		}
		else {
			production = timeline.index(now) + ProjectionAssumptions.leadMonths(assumptions, stage) + shift;
			if (!cancelled) {
				assumed.add(name);
			}
		}
		boolean trialReached = trialActual != null || stage == ProjectStage.TRIAL_PRODUCTION || productionReached;
		int trial;
		if (trialActual != null) {
			trial = timeline.index(YearMonth.from(trialActual));
		}
		else if (trialReached) {
			trial = productionReached ? production
					: recorded(view, EnumSet.of(ProjectStage.TRIAL_PRODUCTION), timeline, timeline.index(now));
		}
		else if (planned(view, MilestoneKind.TRIAL_PRODUCTION) != null) {
			trial = timeline.index(YearMonth.from(planned(view, MilestoneKind.TRIAL_PRODUCTION))) + shift;
		}
		else {
			trial = production;
		}
		trial = Math.min(trial, production);
		return new ProjectInput(view.id().value(), view.enterpriseId().value(), name, stage.group(), trial,
				trialReached, production, productionReached, ramp(view, timeline, trial, productionActual == null
						&& productionReached), cancelled, lines);
	}

	/**
	 * The month the registry first recorded the project at one of the stages, as the chain balance
	 * counts it: a project registered later did not count before.
	 */
	private static int recorded(ProjectView view, Set<ProjectStage> stages, Timeline timeline, int otherwise) {
		return view.stageLog().stream()
			.filter(e -> e.phaseNo() == null && stages.contains(e.stage()))
			.map(e -> YearMonth.from(e.at().atZone(ZONE)))
			.min(Comparator.naturalOrder())
			.map(timeline::index)
			.orElse(otherwise);
	}

	/** Months from trial production to nameplate where known; at nameplate already for undated producers. */
	private static @Nullable Integer ramp(ProjectView view, Timeline timeline, int trial, boolean undatedProducer) {
		if (view.stage() == ProjectStage.AT_NAMEPLATE || undatedProducer) {
			return 1;
		}
		LocalDate nameplate = actual(view, MilestoneKind.NAMEPLATE);
		if (nameplate == null) {
			nameplate = planned(view, MilestoneKind.NAMEPLATE);
		}
		return nameplate == null ? null : Math.max(1, timeline.index(YearMonth.from(nameplate)) - trial);
	}

	/** Months each reached milestone came after its baseline. */
	private static List<Double> slips(ProjectView view) {
		List<Double> slips = new ArrayList<>();
		for (ProjectView.MilestoneState m : view.milestones()) {
			if (m.plannedDate() != null && m.actualDate() != null) {
				slips.add(ChronoUnit.DAYS.between(m.plannedDate(), m.actualDate()) / 30.4375);
			}
		}
		return slips;
	}

	private static @Nullable LocalDate actual(ProjectView view, MilestoneKind kind) {
		return view.milestones().stream().filter(m -> m.kind() == kind).map(ProjectView.MilestoneState::actualDate)
			.filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	private static @Nullable LocalDate planned(ProjectView view, MilestoneKind kind) {
		return view.milestones().stream().filter(m -> m.kind() == kind).map(ProjectView.MilestoneState::plannedDate)
			.filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	private static boolean sameUnit(CapacityUnit unit, Link link) {
		return switch (link.unit()) {
			case TONNES -> unit == CapacityUnit.TONNES_PER_YEAR;
			case MILLION_M2 -> unit == CapacityUnit.MILLION_M2_PER_YEAR;
			case GWH -> unit == CapacityUnit.GWH_PER_YEAR;
		};
	}

	/**
	 * @param slips months each reached milestone came after its baseline, for calibration
	 * @param undisclosed lines left out because their nameplate is not disclosed
	 * @param assumed projects whose production month is the lead time of their stage from now
	 * @param undated producing projects without a production date, counted from the start
	 */
	record Registry(List<ProjectInput> inputs, List<Double> slips, int undisclosed, List<String> assumed,
			List<String> undated) {
	}

}
