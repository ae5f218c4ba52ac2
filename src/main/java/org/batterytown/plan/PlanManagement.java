package org.batterytown.plan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development plans: the zone's staff write and revise them (a revision keeps every earlier version);
 * leaders and staff of the park read them. Enterprise users do not: a plan's projections speak of
 * every enterprise's projects.
 */
@Service
@Transactional
public class PlanManagement {

	private final PlanStore store;

	private final JdbcClient jdbc;

	private final Clock clock;

	PlanManagement(PlanStore store, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @throws RuleViolations listing every field that is missing or wrong; nothing is stored then */
	public PlanId create(Actor actor, PlanDraft draft) {
		if (draft.parkId() != null && !actor.actsForZone(draft.parkId())) {
			throw new NotAllowed("plan");
		}
		check(draft);
		UUID id = UUID.randomUUID();
		store.insert(id, draft.parkId(), clock.instant(), actor.username());
		store.writeVersion(id, 1, draft, clock.instant(), actor.username());
		return new PlanId(id);
	}

	/**
	 * Writes the draft as the plan's next version.
	 * @throws StaleVersion if the plan changed since {@code expectedVersion}
	 */
	public PlanView revise(Actor actor, PlanId id, PlanDraft draft, long expectedVersion) {
		PlanStore.Head head = head(actor, id);
		if (!actor.actsForZone(head.parkId())) {
			throw new NotAllowed("plan");
		}
		check(draft);
		if (!head.parkId().equals(draft.parkId())) {
			throw new RuleViolations(List.of(new RuleViolation("parkId", "plan.parkFixed")));
		}
		int next = head.current() + 1;
		if (!store.advance(id.value(), next, expectedVersion)) {
			throw new StaleVersion("plan", id.value());
		}
		store.writeVersion(id.value(), next, draft, clock.instant(), actor.username());
		return get(actor, id);
	}

	@Transactional(readOnly = true)
	public PlanView get(Actor actor, PlanId id) {
		return version(actor, id, head(actor, id).current());
	}

	@Transactional(readOnly = true)
	public PlanView version(Actor actor, PlanId id, int no) {
		head(actor, id);
		return store.read(id.value(), no).orElseThrow(() -> new NotFound("plan", id.value()));
	}

	@Transactional(readOnly = true)
	public List<VersionEntry> versions(Actor actor, PlanId id) {
		head(actor, id);
		return store.versions(id.value());
	}

	/** The current version of each plan of the park, oldest plan first. */
	@Transactional(readOnly = true)
	public List<PlanView> ofPark(Actor actor, UUID parkId) {
		if (!readsPlans(actor, parkId)) {
			throw new NotFound("park", parkId);
		}
		List<PlanView> plans = new ArrayList<>();
		for (UUID id : store.ofPark(parkId)) {
			plans.add(get(actor, new PlanId(id)));
		}
		return plans;
	}

	/** @throws RuleViolations if the forecast lacks what it needs; nothing is stored then */
	public UUID recordForecast(Actor actor, PlanId id, ForecastDraft draft) {
		PlanStore.Head head = head(actor, id);
		if (!actor.actsForZone(head.parkId())) {
			throw new NotAllowed("plan");
		}
		List<RuleViolation> found = new ArrayList<>();
		if (draft.kind() == null || !draft.kind().projected()) {
			found.add(new RuleViolation("kind", "plan.forecast.kind"));
		}
		if (draft.kind() == TargetKind.CAPACITY && draft.link() == null) {
			found.add(new RuleViolation("link", "plan.target.linkRequired"));
		}
		if (draft.value() == null || draft.value().signum() <= 0) {
			found.add(new RuleViolation("value", "plan.target.thresholdPositive"));
		}
		if (draft.date() == null) {
			found.add(new RuleViolation("date", "plan.target.dateRequired"));
		}
		if (draft.statedBy() == null || draft.statedBy().isBlank()) {
			found.add(new RuleViolation("statedBy", "plan.forecast.statedBy"));
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		UUID forecast = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_forecast (id, plan_id, kind, link, value, target_date, stated_by, stated_on, source_id,
				    quote, created_at, created_by)
				values (:id, :plan, :kind, :link, :value, :date, :by, :on, :source, :quote, :at, :user)""")
			.param("id", forecast).param("plan", id.value()).param("kind", draft.kind().name())
			.param("link", draft.link() == null ? null : draft.link().name()).param("value", draft.value())
			.param("date", Date.valueOf(draft.date())).param("by", draft.statedBy().strip())
			.param("on", draft.statedOn() == null ? null : Date.valueOf(draft.statedOn()))
			.param("source", draft.sourceId()).param("quote", draft.quote())
			.param("at", Timestamp.from(clock.instant())).param("user", actor.username()).update();
		return forecast;
	}

	@Transactional(readOnly = true)
	public List<Forecast> forecasts(Actor actor, PlanId id) {
		head(actor, id);
		return jdbc.sql("select * from plan_forecast where plan_id = :plan order by target_date, created_at")
			.param("plan", id.value())
			.query((rs, n) -> new Forecast(rs.getObject("id", UUID.class), TargetKind.valueOf(rs.getString("kind")),
					rs.getString("link") == null ? null : Link.valueOf(rs.getString("link")),
					rs.getBigDecimal("value").stripTrailingZeros(), rs.getDate("target_date").toLocalDate(),
					rs.getString("stated_by"),
					rs.getDate("stated_on") == null ? null : rs.getDate("stated_on").toLocalDate(),
					rs.getObject("source_id", UUID.class), rs.getString("quote")))
			.list();
	}

	/** The park of a plan the actor may read. */
	@Transactional(readOnly = true)
	public UUID parkOf(Actor actor, PlanId id) {
		return head(actor, id).parkId();
	}

	private PlanStore.Head head(Actor actor, PlanId id) {
		PlanStore.Head head = store.head(id.value()).orElseThrow(() -> new NotFound("plan", id.value()));
		if (!readsPlans(actor, head.parkId())) {
			throw new NotFound("plan", id.value());
		}
		return head;
	}

	private static boolean readsPlans(Actor actor, UUID parkId) {
		return actor.role() != Role.ENTERPRISE && actor.canSeePark(parkId);
	}

	private static void check(PlanDraft draft) {
		List<RuleViolation> found = PlanRules.check(draft);
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
	}

}
