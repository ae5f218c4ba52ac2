package org.batterytown.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.batterytown.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Capacity summed from the registry, for overviews; what the actor may not see is not counted. */
@Service
@Transactional(readOnly = true)
public class ProjectCapacity {

	private final ProjectRepository projects;

	ProjectCapacity(ProjectRepository projects) {
		this.projects = projects;
	}

	/**
	 * Nameplate capacity of the visible projects of a park by product and stage group. Lines with an
	 * undisclosed capacity are counted, not summed.
	 */
	public List<CapacityTotal> byProductAndStage(Actor actor, java.util.UUID parkId) {
		Map<Product, Map<StageGroup, BigDecimal[]>> sums = new EnumMap<>(Product.class);
		for (InvestmentProject p : projects.visibleTo(actor)) {
			if (!p.parkId().equals(parkId)) {
				continue;
			}
			for (CapacityLine line : p.capacityLines()) {
				BigDecimal[] cell = sums.computeIfAbsent(line.product(), k -> new EnumMap<>(StageGroup.class))
					.computeIfAbsent(p.stage().group(), k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
				cell[1] = cell[1].add(BigDecimal.ONE);
				if (line.nameplate() == null) {
					cell[2] = cell[2].add(BigDecimal.ONE);
				}
				else {
					cell[0] = cell[0].add(line.nameplate());
				}
			}
		}
		List<CapacityTotal> totals = new ArrayList<>();
		sums.forEach((product, byGroup) -> byGroup.forEach((group, cell) -> totals.add(new CapacityTotal(product,
				product.unit(), group, cell[0], cell[1].intValue(), cell[2].intValue()))));
		return totals;
	}

}
