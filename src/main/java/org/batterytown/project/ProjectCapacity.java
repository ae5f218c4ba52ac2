package org.batterytown.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.batterytown.shared.Actor;
import org.batterytown.shared.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Capacity summed from the registry, for overviews; what the actor may not see is not counted. */
@Service
@Transactional(readOnly = true)
public class ProjectCapacity {

	private final ProjectManagement projects;

	private final JdbcClient jdbc;

	ProjectCapacity(ProjectManagement projects, JdbcClient jdbc) {
		this.projects = projects;
		this.jdbc = jdbc;
	}

	/**
	 * The capacity lines of a park's producing projects (of one enterprise, if given) in one query, for
	 * figures over thousands of projects where loading each aggregate would take seconds.
	 *
	 * @throws NotFound if the actor may not see the park (or the enterprise)
	 */
	public List<ProducingLine> producingLines(Actor actor, UUID parkId, @Nullable UUID enterpriseId) {
		if (enterpriseId == null ? !actor.canSeePark(parkId) : !actor.canRead(parkId, enterpriseId)) {
			throw new NotFound("park", parkId);
		}
		List<String> producing = Arrays.stream(ProjectStage.values())
			.filter(s -> s.group() == StageGroup.PRODUCING)
			.map(Enum::name)
			.toList();
		return jdbc.sql("""
				select p.id, p.enterprise_id, l.product, l.nameplate, m.production, m.trial
				from project p join capacity_line l on l.project_id = p.id
				left join (select project_id, max(actual_date) filter (where kind = 'PRODUCTION') as production,
				                  max(actual_date) filter (where kind = 'TRIAL_PRODUCTION') as trial
				           from milestone where park_id = :park and actual_date is not null group by project_id) m
				       on m.project_id = p.id
				where p.park_id = :park and p.stage in (:stages) and (cast(:enterprise as uuid) is null or p.enterprise_id = :enterprise)""")
			.param("park", parkId)
			.param("stages", producing)
			.param("enterprise", enterpriseId)
			.query((rs, n) -> new ProducingLine(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
					Product.valueOf(rs.getString("product")), rs.getBigDecimal("nameplate"), date(rs.getDate("production")),
					date(rs.getDate("trial"))))
			.list();
	}

	/**
	 * A value that changes whenever a project of the park is registered, changed or removed (each save
	 * raises a project's version), so that figures computed from the registry can be reused until then.
	 */
	public String stamp(UUID parkId) {
		return jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) from project where park_id = :park")
			.param("park", parkId)
			.query(String.class)
			.single();
	}

	/** The enterprises of a park with at least one project in one of the stage groups. */
	public Set<UUID> enterprisesWithProjects(Actor actor, UUID parkId, Set<StageGroup> groups) {
		if (!actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		List<String> stages = Arrays.stream(ProjectStage.values())
			.filter(s -> groups.contains(s.group()))
			.map(Enum::name)
			.toList();
		if (stages.isEmpty()) {
			return Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("select distinct enterprise_id from project where park_id = :park and stage in (:stages)")
			.param("park", parkId)
			.param("stages", stages)
			.query(UUID.class)
			.list());
	}

	private static @Nullable LocalDate date(java.sql.@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
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
