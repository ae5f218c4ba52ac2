package org.batterytown.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Named sets of overrides of a plan ("BTR 100,000 t slips one year", "anode price −20 %"), saved by
 * the zone's staff and projected side by side with the registry as it stands.
 */
@Service
@Transactional
public class PlanScenarios {

	private final PlanManagement plans;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	PlanScenarios(PlanManagement plans, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.plans = plans;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** @throws RuleViolations if the name is missing or taken, or an override is incomplete; nothing is saved then */
	public UUID save(Actor actor, PlanId planId, String name, List<ScenarioOverride> overrides) {
		if (!actor.actsForZone(plans.parkOf(actor, planId))) {
			throw new NotAllowed("scenario");
		}
		List<RuleViolation> found = new ArrayList<>();
		if (name == null || name.isBlank()) {
			found.add(new RuleViolation("name", "plan.scenario.name"));
		}
		else if (list(actor, planId).stream().anyMatch(s -> s.name().equals(name.strip()))) {
			found.add(new RuleViolation("name", "plan.scenario.nameTaken"));
		}
		if (overrides == null || overrides.isEmpty()) {
			found.add(new RuleViolation("overrides", "plan.scenario.overrides"));
		}
		else {
			for (int i = 0; i < overrides.size(); i++) {
				check(overrides.get(i), "overrides[" + i + "].", found);
			}
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_scenario (id, plan_id, name, overrides, created_at, created_by)
				values (:id, :plan, :name, cast(:overrides as jsonb), :at, :by)""")
			.param("id", id).param("plan", planId.value()).param("name", name.strip())
			.param("overrides", json.writeValueAsString(overrides)).param("at", Timestamp.from(clock.instant()))
			.param("by", actor.username()).update();
		return id;
	}

	@Transactional(readOnly = true)
	public List<Saved> list(Actor actor, PlanId planId) {
		plans.parkOf(actor, planId);
		return jdbc.sql("""
				select id, name, overrides::text as overrides, created_at, created_by from plan_scenario
				where plan_id = :plan order by created_at""")
			.param("plan", planId.value())
			.query((rs, n) -> new Saved(rs.getObject("id", UUID.class), rs.getString("name"),
					Arrays.asList(json.readValue(rs.getString("overrides"), ScenarioOverride[].class)),
					rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
			.list();
	}

	@Transactional(readOnly = true)
	public Saved get(Actor actor, PlanId planId, UUID id) {
		return list(actor, planId).stream().filter(s -> s.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFound("scenario", id));
	}

	private static void check(ScenarioOverride o, String at, List<RuleViolation> found) {
		if (o == null || o.type() == null) {
			found.add(new RuleViolation(at + "type", "plan.scenario.type"));
			return;
		}
		switch (o.type()) {
			case DELAY_MONTHS -> {
				if (o.projectId() == null) {
					found.add(new RuleViolation(at + "projectId", "plan.target.projectRequired"));
				}
				if (o.value() == null || o.value().stripTrailingZeros().scale() > 0
						|| o.value().abs().intValue() > 240) {
					found.add(new RuleViolation(at + "value", "plan.scenario.months"));
				}
			}
			case CANCEL -> {
				if (o.projectId() == null) {
					found.add(new RuleViolation(at + "projectId", "plan.target.projectRequired"));
				}
			}
			case PRICE_FACTOR, UTILIZATION_FACTOR -> {
				if (o.value() == null || o.value().signum() <= 0 || o.value().doubleValue() > 10) {
					found.add(new RuleViolation(at + "value", "plan.scenario.factor"));
				}
			}
		}
	}

	/** A saved scenario. */
	public record Saved(UUID id, String name, List<ScenarioOverride> overrides, Instant createdAt, String createdBy) {
	}

}
