package org.batterytown.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.park.ParkView;
import org.batterytown.project.CapacityTotal;
import org.batterytown.project.CapacityUnit;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectStage;
import org.batterytown.project.ProjectView;
import org.batterytown.project.StageGroup;

/**
 * What the park overview shows, derived from the registry: KPI figures, capacity by product and stage
 * group, projects by stage, the chain leaders and the milestones that are overdue.
 */
record ParkOverview(ParkView park, int enterprises, int projects, BigDecimal anodeRegistered,
		BigDecimal anodeProducing, int anodeUndisclosed, BigDecimal investmentKnown, int investmentUndisclosed,
		List<CapacityRow> capacity, Map<ProjectStage, Integer> byStage, List<EnterpriseView> chainLeaders,
		List<Overdue> overdue) {

	/** Anode-material products: finished anode and artificial graphite, both sold as anode. */
	static final Set<Product> ANODE = Set.of(Product.ANODE_FINISHED, Product.ARTIFICIAL_GRAPHITE);

	/** One product's capacity per stage group; a group without lines is absent from the map. */
	record CapacityRow(Product product, CapacityUnit unit, Map<StageGroup, CapacityTotal> byGroup) {
	}

	/** A milestone past its baseline date that has not happened. */
	record Overdue(ProjectView project, String milestone, LocalDate planned, long days) {
	}

	static ParkOverview of(ParkView park, List<EnterpriseView> enterprises, List<ProjectView> projects,
			List<CapacityTotal> totals) {
		BigDecimal anodeAll = BigDecimal.ZERO;
		BigDecimal anodeProducing = BigDecimal.ZERO;
		int anodeUnknown = 0;
		for (CapacityTotal t : totals) {
			if (ANODE.contains(t.product()) && t.group() != StageGroup.HALTED) {
				anodeAll = anodeAll.add(t.nameplate());
				anodeUnknown += t.undisclosedLines();
				if (t.group() == StageGroup.PRODUCING) {
					anodeProducing = anodeProducing.add(t.nameplate());
				}
			}
		}
		BigDecimal investment = BigDecimal.ZERO;
		int investmentUnknown = 0;
		Map<ProjectStage, Integer> byStage = new EnumMap<>(ProjectStage.class);
		List<Overdue> overdue = new ArrayList<>();
		for (ProjectView p : projects) {
			if (p.totalInvestment() == null) {
				investmentUnknown++;
			}
			else {
				investment = investment.add(p.totalInvestment());
			}
			byStage.merge(p.stage(), 1, Integer::sum);
			for (ProjectView.MilestoneState m : p.milestones()) {
				if (m.actualDate() == null && m.plannedDate() != null && m.slippageDays() != null
						&& m.slippageDays() > 0) {
					overdue.add(new Overdue(p, m.kind().name(), m.plannedDate(), m.slippageDays()));
				}
			}
		}
		List<EnterpriseView> leaders = enterprises.stream().filter(EnterpriseView::chainLeader).toList();
		return new ParkOverview(park, enterprises.size(), projects.size(), anodeAll, anodeProducing, anodeUnknown,
				investment, investmentUnknown, rows(totals), byStage, leaders, overdue);
	}

	private static List<CapacityRow> rows(List<CapacityTotal> totals) {
		Map<Product, Map<StageGroup, CapacityTotal>> groups = new EnumMap<>(Product.class);
		for (CapacityTotal t : totals) {
			groups.computeIfAbsent(t.product(), k -> new EnumMap<>(StageGroup.class)).put(t.group(), t);
		}
		List<CapacityRow> rows = new ArrayList<>();
		groups.forEach((product, byGroup) -> rows.add(new CapacityRow(product, product.unit(), byGroup)));
		return rows;
	}

}
