package org.batterytown.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Capacity summed from the registry, for overviews; what the actor may not see is not counted. */
@Service
@Transactional(readOnly = true)
public class ProjectCapacity {

	private final ProjectManagement projects;

	ProjectCapacity(ProjectManagement projects) {
		this.projects = projects;
	}

	/**
	 * Nameplate capacity of the visible projects of a park by product and stage group. Lines with an
	 * undisclosed capacity are counted, not summed.
	 */
	public List<CapacityTotal> byProductAndStage(Actor actor, UUID parkId) {
		return totals(projects.list(actor, new ProjectFilter(null, null, null, parkId)));
	}

	/**
	 * The same totals for projects already loaded, so a page that shows the projects does not read the
	 * registry twice. Each line counts at its project's stage group.
	 */
	public static List<CapacityTotal> totals(Collection<ProjectView> projects) {
		Map<Product, Map<StageGroup, CapacityTotal>> sums = new EnumMap<>(Product.class);
		for (ProjectView p : projects) {
			for (ProjectView.Line line : p.capacityLines()) {
				CapacityTotal one = new CapacityTotal(line.product(), line.unit(), p.stageGroup(),
						line.nameplate() == null ? BigDecimal.ZERO : line.nameplate(), 1, line.nameplate() == null ? 1 : 0);
				sums.computeIfAbsent(line.product(), k -> new EnumMap<>(StageGroup.class))
					.merge(p.stageGroup(), one, CapacityTotal::plus);
			}
		}
		List<CapacityTotal> totals = new ArrayList<>();
		sums.values().forEach(byGroup -> totals.addAll(byGroup.values()));
		return totals;
	}

}
