package org.batterytown.plan;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.plan.projection.Calibration;
import org.batterytown.plan.projection.Outcome;
import org.batterytown.plan.projection.Path;
import org.batterytown.plan.projection.RandomStreams;
import org.batterytown.plan.projection.Simulation;
import org.batterytown.plan.projection.TargetSpec;
import org.batterytown.plan.projection.Timeline;
import org.batterytown.shared.Actor;
import org.batterytown.shared.BadParameter;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects a plan's targets from the park's registry: reads the projects, the market and the
 * assumptions (calibrated from the registry's milestone history where there is enough of it), runs
 * the deterministic projection and the Monte Carlo scenarios, and sets each target's actual beside
 * them with the gap at the chosen probability.
 */
@Service
@Transactional(readOnly = true)
public class PlanProjections {

	/** The projection runs to the end of this year at least, or of the latest target's year. */
	static final int HORIZON = 2030;

	private final PlanManagement plans;

	private final ProjectionAssumptions assumptions;

	private final RegistryInputs registry;

	private final MarketInputs markets;

	private final PlanActuals actuals;

	private final PlanScenarios scenarios;

	private final EnterpriseManagement enterprises;

	private final Clock clock;

	private final ProjectionCache cache;

	private final org.batterytown.project.ProjectCapacity projectStamps;

	PlanProjections(PlanManagement plans, ProjectionAssumptions assumptions, RegistryInputs registry,
			MarketInputs markets, PlanActuals actuals, PlanScenarios scenarios, EnterpriseManagement enterprises,
			Clock clock, ProjectionCache cache, org.batterytown.project.ProjectCapacity projectStamps) {
		this.cache = cache;
		this.projectStamps = projectStamps;
		this.plans = plans;
		this.assumptions = assumptions;
		this.registry = registry;
		this.markets = markets;
		this.actuals = actuals;
		this.scenarios = scenarios;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	/** @throws BadParameter naming "scenarios" or "probability" when out of range */
	public ProjectionView project(Actor actor, PlanId id, ProjectionRequest request) {
		int n = request.scenarioCount();
		if (n < 1 || n > Simulation.MAX_SCENARIOS) {
			throw new BadParameter("scenarios", "plan.projection.scenarios");
		}
		double probability = request.probabilityValue();
		if (!(probability > 0 && probability < 1)) {
			throw new BadParameter("probability", "plan.projection.probability");
		}
		PlanView plan = plans.get(actor, id);
		if (request.scenarioId() == null) {
			String stamp = projectStamps.stamp(plan.parkId()) + "/" + enterprises.stamp(plan.parkId()) + "/"
					+ assumptions.stamp() + "/" + markets.stamp() + "/" + actuals.stamp(actor, plan.parkId()) + "/"
					+ YearMonth.now(clock);
			return cache.get(new ProjectionCache.Key(id.value(), plan.versionNo(), n, request.seedValue(), probability,
					actor.role(), actor.parkId(), stamp), () -> compute(actor, id, plan, request, probability));
		}
		return compute(actor, id, plan, request, probability);
	}

	private ProjectionView compute(Actor actor, PlanId id, PlanView plan, ProjectionRequest request,
			double probability) {
		int n = request.scenarioCount();
		PlanScenarios.Saved scenario = request.scenarioId() == null ? null
				: scenarios.get(actor, id, request.scenarioId());
		List<ScenarioOverride> overrides = scenario == null ? List.of() : scenario.overrides();
		YearMonth now = YearMonth.now(clock);
		Timeline timeline = timeline(plan, now);
		Map<String, Assumption> all = assumptions.byKey();
		RegistryInputs.Registry projects = registry.read(actor, plan.parkId(), timeline, now, all, overrides);
		Calibration calibration = Calibration.of(projects.slips(), ProjectionAssumptions.calibrationMinimum(all),
				ProjectionAssumptions.uncertainty(all));
		var market = markets.market(plan.parkId(), ProjectionAssumptions.electricity(all), overrides);
		List<PlanView.Target> projected = plan.targets().stream().filter(t -> t.kind().projected()).toList();
		List<TargetSpec> specs = new ArrayList<>();
		for (PlanView.Target t : projected) {
			specs.add(spec(actor, plan.parkId(), t, timeline));
		}
		Simulation simulation = new Simulation(timeline, timeline.index(now), projects.inputs(), market, specs,
				calibration.uncertainty());
		Path path = simulation.deterministic();
		Outcome outcome = simulation.run(n, RandomStreams.seeded(request.seedValue()));
		// without a scenario the registry read above is the registry as it stands
		RegistryInputs.Registry asItStands = overrides.isEmpty() ? projects
				: registry.read(actor, plan.parkId(), timeline, now, all, List.of());
		double[] registryActuals = registryActuals(specs, timeline, now, asItStands, market);
		List<ProjectionView.TargetRow> rows = new ArrayList<>();
		for (PlanView.Target t : plan.targets()) {
			int k = projected.indexOf(t);
			rows.add(k < 0 ? actuals.unprojected(t)
					: actuals.row(actor, plan.parkId(), t, k, registryActuals[k], registered(t, projects), timeline, now,
							path, outcome, probability, market));
		}
		return new ProjectionView(id, plan.versionNo(), request.scenarioId(),
				scenario == null ? null : scenario.name(), n, request.seedValue(), probability, now,
				months(timeline), calibration.basis(),
				calibration.observations(), rows, ProjectionSeries.of(path), outcome.fans(),
				new ProjectionView.Notes(projects.undisclosed(), projects.assumed(), projects.undated(),
						path.unpriced().stream().map(ProjectionSeries::name).toList(),
						path.withoutElectricity().stream().map(ProjectionSeries::name).toList()));
	}

	/**
	 * Each target's measure from the registry as it stands (no scenario) at the target date, or at
	 * last month if the date is still ahead: only milestones reached count there.
	 */
	private static double[] registryActuals(List<TargetSpec> specs, Timeline timeline, YearMonth now,
			RegistryInputs.Registry asItStands, org.batterytown.plan.projection.Market market) {
		int last = timeline.index(now) - 1;
		List<TargetSpec> dated = specs.stream()
			.map(s -> new TargetSpec(s.key(), s.kind(), Math.max(0, Math.min(s.month(), last)), s.threshold(), s.link(),
					s.tollIncluded(), s.members()))
			.toList();
		return new Simulation(timeline, timeline.index(now), asItStands.inputs(), market, dated,
				org.batterytown.plan.projection.Uncertainty.none(12)).deterministic().targetMeasures();
	}

	/** The baseline and each saved scenario of a plan, with the same seed, side by side. */
	public List<ProjectionView> compare(Actor actor, PlanId id, List<UUID> scenarioIds, ProjectionRequest request) {
		List<ProjectionView> views = new ArrayList<>();
		views.add(project(actor, id, new ProjectionRequest(request.scenarios(), request.seed(), request.probability(),
				null)));
		for (UUID scenario : scenarioIds) {
			views.add(project(actor, id, new ProjectionRequest(request.scenarios(), request.seed(),
					request.probability(), scenario)));
		}
		return views;
	}

	/** From January of the earliest target's year (or this year) to the horizon or the latest target. */
	static Timeline timeline(PlanView plan, YearMonth now) {
		int first = now.getYear();
		int last = Math.max(HORIZON, now.getYear());
		for (PlanView.Target t : plan.targets()) {
			first = Math.min(first, t.date().getYear());
			last = Math.max(last, t.date().getYear());
		}
		return new Timeline(YearMonth.of(first, 1), YearMonth.of(last, 12));
	}

	private static List<YearMonth> months(Timeline timeline) {
		List<YearMonth> months = new ArrayList<>();
		for (int t = 0; t < timeline.size(); t++) {
			months.add(timeline.month(t));
		}
		return months;
	}

	private TargetSpec spec(Actor actor, UUID parkId, PlanView.Target t, Timeline timeline) {
		int month = timeline.index(YearMonth.from(t.date()));
		double threshold = t.threshold().doubleValue();
		String key = t.key();
		return switch (t.kind()) {
			case CAPACITY -> new TargetSpec(key, TargetSpec.Kind.CAPACITY, month, threshold, t.link(), t.tollIncluded(),
					null);
			case OUTPUT_VALUE -> new TargetSpec(key, TargetSpec.Kind.OUTPUT_VALUE, month, threshold, null, false, null);
			case LINK_PRESENT -> new TargetSpec(key, TargetSpec.Kind.ENTERPRISES, month, threshold, t.link(),
					t.tollIncluded(), null);
			case MATCHING_RATIO -> new TargetSpec(key, TargetSpec.Kind.MATCHING, month, threshold, t.link(), false,
					null);
			case ENTERPRISE_KIND -> new TargetSpec(key, TargetSpec.Kind.ENTERPRISES, month, threshold, null, true,
					withRole(actor, parkId, t));
			case PROJECT_IN_PRODUCTION -> new TargetSpec(key, TargetSpec.Kind.PROJECT, month, threshold, null, true,
					t.projectId() == null ? Set.of() : Set.of(t.projectId()));
			case NATIONAL_RANK -> throw new IllegalStateException("a national rank is not projected");
		};
	}

	private Set<UUID> withRole(Actor actor, UUID parkId, PlanView.Target t) {
		Set<UUID> found = new java.util.HashSet<>();
		enterprises.list(actor).stream()
			.filter(e -> e.parkId().value().equals(parkId) && e.chainRoles().contains(t.chainRole()))
			.forEach(e -> found.add(e.id().value()));
		return found;
	}

	/** A capacity target's link as registered at every stage, cancelled projects left out. */
	private static @Nullable Double registered(PlanView.Target t, RegistryInputs.Registry projects) {
		if (t.kind() != TargetKind.CAPACITY) {
			return null;
		}
		return projects.inputs().stream().filter(p -> !p.cancelled()).flatMap(p -> p.lines().stream())
			.filter(l -> l.link() == t.link() && (!l.toll() || t.tollIncluded()))
			.mapToDouble(org.batterytown.plan.projection.ProjectInput.Line::nameplate).sum();
	}

	static @Nullable Link gapLink(PlanView.Target t) {
		return switch (t.kind()) {
			case CAPACITY, MATCHING_RATIO -> t.link();
			case OUTPUT_VALUE -> Link.ANODE;
			default -> null;
		};
	}

}
