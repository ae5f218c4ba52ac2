package org.batterytown.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.batterytown.chain.model.Link;
import org.batterytown.plan.projection.Triangle;
import org.batterytown.plan.projection.Uncertainty;
import org.batterytown.project.ProjectStage;
import org.batterytown.project.StageGroup;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projections' assumptions as stored and edited: delays and odds of cancellation by stage group,
 * the ramp-up, how far the market moves, lead times of undated projects, electricity per tonne and
 * how much history it takes to calibrate. Staff and admins edit them, each change with its source.
 */
@Service
@Transactional
public class ProjectionAssumptions {

	private final JdbcClient jdbc;

	private final Clock clock;

	ProjectionAssumptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Assumption> list() {
		return jdbc.sql("select * from plan_assumption order by key")
			.query((rs, n) -> new Assumption(rs.getString("key"), rs.getBigDecimal("low"), rs.getBigDecimal("mode"),
					rs.getBigDecimal("high"), rs.getBigDecimal("probability"), rs.getString("source"),
					rs.getString("grade").charAt(0), rs.getTimestamp("updated_at").toInstant(),
					rs.getString("updated_by")))
			.list();
	}

	/** @throws RuleViolations if the range is out of order, the odds outside 0–1 or the source missing */
	public Assumption update(Actor actor, String key, AssumptionDraft draft) {
		if (!(actor.isAdmin() || actor.role() == Role.STAFF)) {
			throw new NotAllowed("assumption");
		}
		Assumption current = byKey().get(key);
		if (current == null) {
			throw new NotFound("assumption", key);
		}
		List<RuleViolation> found = new ArrayList<>();
		BigDecimal mode = draft.mode();
		if (mode == null || mode.signum() < 0) {
			found.add(new RuleViolation("mode", "plan.assumption.mode"));
		}
		boolean range = current.low() != null;
		if (range && (draft.low() == null || draft.high() == null || mode == null || draft.low().compareTo(mode) > 0
				|| mode.compareTo(draft.high()) > 0 || draft.low().signum() < 0)) {
			found.add(new RuleViolation("low", "plan.assumption.range"));
		}
		if (current.probability() != null && (draft.probability() == null || draft.probability().signum() < 0
				|| draft.probability().compareTo(BigDecimal.ONE) > 0)) {
			found.add(new RuleViolation("probability", "plan.assumption.probability"));
		}
		if (key.equals("ramp") && range && draft.low() != null && draft.low().compareTo(BigDecimal.ONE) < 0) {
			found.add(new RuleViolation("low", "plan.assumption.rampMonth"));
		}
		if (draft.source() == null || draft.source().isBlank()) {
			found.add(new RuleViolation("source", "plan.assumption.source"));
		}
		if (draft.grade() == null || "ABCD".indexOf(draft.grade()) < 0) {
			found.add(new RuleViolation("grade", "plan.assumption.grade"));
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		jdbc.sql("""
				update plan_assumption set low = :low, mode = :mode, high = :high, probability = :p, source = :source,
				    grade = :grade, updated_at = :at, updated_by = :by where key = :key""")
			.param("low", range ? draft.low() : null).param("mode", mode).param("high", range ? draft.high() : null)
			.param("p", current.probability() != null ? draft.probability() : null)
			.param("source", draft.source().strip()).param("grade", String.valueOf(draft.grade()))
			.param("at", Timestamp.from(clock.instant())).param("by", actor.username()).param("key", key).update();
		return byKey().get(key);
	}

	/** A value that changes with every edit, so that projections computed before can be told apart. */
	@Transactional(readOnly = true)
	public String stamp() {
		return jdbc.sql("select coalesce(max(updated_at)::text, '') || ':' || count(*) from plan_assumption")
			.query(String.class).single();
	}

	Map<String, Assumption> byKey() {
		Map<String, Assumption> all = new LinkedHashMap<>();
		list().forEach(a -> all.put(a.key(), a));
		return all;
	}

	/** The defaults of a run: delays and cancellations by stage group, the ramp-up and the market spread. */
	static Uncertainty uncertainty(Map<String, Assumption> all) {
		Map<StageGroup, Uncertainty.Slip> slips = new EnumMap<>(StageGroup.class);
		for (StageGroup group : StageGroup.values()) {
			Assumption a = all.get("delay." + group.name());
			if (a != null) {
				slips.put(group, new Uncertainty.Slip(triangle(a),
						a.probability() == null ? 0 : a.probability().doubleValue()));
			}
		}
		Assumption ramp = all.get("ramp");
		Assumption spread = all.get("market.spread");
		return new Uncertainty(slips, ramp == null ? Triangle.fixed(12) : triangle(ramp),
				spread == null ? 1 : spread.mode().doubleValue());
	}

	/** Months from now to production of an undated project at a stage. */
	static int leadMonths(Map<String, Assumption> all, ProjectStage stage) {
		Assumption a = all.get("lead." + stage.name());
		return a == null ? 12 : a.mode().intValue();
	}

	static Map<Link, Double> electricity(Map<String, Assumption> all) {
		Map<Link, Double> perUnit = new EnumMap<>(Link.class);
		for (Link link : Link.values()) {
			Assumption a = all.get("electricity." + link.name());
			if (a != null) {
				perUnit.put(link, a.mode().doubleValue());
			}
		}
		return perUnit;
	}

	static int calibrationMinimum(Map<String, Assumption> all) {
		Assumption a = all.get("calibration.minimum");
		return a == null ? 8 : a.mode().intValue();
	}

	private static Triangle triangle(Assumption a) {
		double mode = a.mode().doubleValue();
		return new Triangle(value(a.low(), mode), mode, value(a.high(), mode));
	}

	private static double value(@Nullable BigDecimal value, double otherwise) {
		return value == null ? otherwise : value.doubleValue();
	}

}
