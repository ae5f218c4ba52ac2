package org.batterytown.chain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.batterytown.chain.model.BalanceCalculator;
import org.batterytown.chain.model.Link;
import org.batterytown.chain.model.OutputValue;
import org.batterytown.chain.model.RegistryLine;
import org.batterytown.chain.model.UpstreamNeed;
import org.batterytown.park.ParkId;
import org.batterytown.park.ParkManagement;
import org.batterytown.project.ProductForm;
import org.batterytown.project.ProjectFilter;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectStage;
import org.batterytown.project.ProjectView;
import org.batterytown.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Balances a park's registered capacity as it stood on a day. A project counts at the stage its log
 * shows at the end of that day (a project registered later does not count); toll-processing lines
 * make no product of their own and are listed, not counted.
 */
@Service
@Transactional(readOnly = true)
public class ParkChain {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final ParkManagement parks;

	private final ProjectManagement projects;

	private final Coefficients coefficients;

	ParkChain(ParkManagement parks, ProjectManagement projects, Coefficients coefficients) {
		this.parks = parks;
		this.projects = projects;
		this.coefficients = coefficients;
	}

	/** @throws org.batterytown.shared.NotFound if the park is unknown or outside the actor's scope */
	public ParkBalance balance(Actor actor, ChainScenario scenario) {
		parks.get(actor, new ParkId(scenario.parkId()));
		Instant endOfDay = scenario.date().plusDays(1).atStartOfDay(ZONE).toInstant();
		List<Contribution> contributions = new ArrayList<>();
		List<RegistryLine> lines = new ArrayList<>();
		for (ProjectView project : projects.list(actor, new ProjectFilter(null, null, null, scenario.parkId()))) {
			Optional<ProjectStage> stage = stageOn(project, endOfDay);
			if (stage.isEmpty()) {
				continue;
			}
			for (ProjectView.Line line : project.capacityLines()) {
				Link link = ProductLinks.of(line.product());
				// A line in another unit than its link (hard felt in pieces on a link counted in tonnes) is
				// listed but not summed: adding pieces to tonnes would mean nothing.
				boolean inScope = scenario.stages().counts(stage.get().group()) && sameUnit(line, link);
				boolean toll = line.form() == ProductForm.TOLL_PROCESSING;
				contributions.add(new Contribution(link, project.id(), project.name(), project.enterpriseId(),
						line.product(), line.form(), line.nameplate(), stage.get(), inScope && !toll));
				lines.add(new RegistryLine(link, line.nameplate() == null ? Double.NaN : line.nameplate().doubleValue(),
						inScope, toll));
			}
		}
		Coefficients.CoefficientSet set = coefficients.current();
		var products = RegistryLine.capacities(lines);
		var balance = new BalanceCalculator(set.intensities(), scenario.basis())
			.balance(products, scenario.mix(), scenario.threshold());
		double anode = balance.anode().capacity().known();
		OutputValue value = OutputValue.of(products, RegistryLine.tollCapacities(lines), balance, set.prices(),
				set.utilizations(), scenario.date().getYear());
		return new ParkBalance(scenario, set.id(), balance, UpstreamNeed.of(anode, set.anodeInputs()), value,
				contributions);
	}

	private static boolean sameUnit(ProjectView.Line line, Link link) {
		return switch (line.unit()) {
			case TONNES_PER_YEAR -> link.unit() == Link.Unit.TONNES;
			case MILLION_M2_PER_YEAR -> link.unit() == Link.Unit.MILLION_M2;
			case GWH_PER_YEAR -> link.unit() == Link.Unit.GWH;
			case PIECES_PER_YEAR -> false;
		};
	}

	/** The project's own stage at the given instant, from its stage log; empty before it was registered. */
	static Optional<ProjectStage> stageOn(ProjectView project, Instant instant) {
		return project.stageLog()
			.stream()
			.filter(e -> e.phaseNo() == null && e.at().isBefore(instant))
			.max(java.util.Comparator.comparing(ProjectView.LogEntry::at))
			.map(ProjectView.LogEntry::stage);
	}

}
