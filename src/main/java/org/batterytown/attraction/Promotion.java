package org.batterytown.attraction;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.Actor;
import org.batterytown.shared.LocalizedText;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promotion events and investment ambassadors, with what the pipeline attributes to each: leads, and
 * of them the signed (signed or registered). Read by the park's staff and leaders; recorded by staff.
 */
@Service
@Transactional
public class Promotion {

	private static final String SIGNED = "('SIGNED', 'REGISTERED')";

	private final JdbcClient jdbc;

	private final Clock clock;

	Promotion(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @throws RuleViolations if the name is missing or a stated figure negative; nothing is stored then */
	public UUID recordEvent(Actor actor, EventDraft draft) {
		ZoneRules.zone(actor, draft.parkId(), "promotion");
		List<RuleViolation> found = new ArrayList<>();
		if (draft.nameZh() == null || draft.nameZh().isBlank()) {
			found.add(new RuleViolation("nameZh", "event.nameRequired"));
		}
		if (draft.statedProjects() != null && draft.statedProjects() < 0) {
			found.add(new RuleViolation("statedProjects", "lead.negative"));
		}
		ZoneRules.noNegatives(found, "statedAmount", draft.statedAmount());
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into promotion_event (id, park_id, name_zh, name_en, held_on, place, organisers, chain_focus,
				    stated_projects, stated_amount, source_id, quote, created_at)
				values (:id, :park, :zh, :en, :on, :place, :organisers, :focus, :projects, :amount, :source, :quote, :at)""")
			.param("id", id).param("park", draft.parkId()).param("zh", draft.nameZh().strip()).param("en", draft.nameEn())
			.param("on", draft.heldOn() == null ? null : Date.valueOf(draft.heldOn())).param("place", draft.place())
			.param("organisers", draft.organisers()).param("focus", draft.chainFocus())
			.param("projects", draft.statedProjects()).param("amount", draft.statedAmount())
			.param("source", draft.sourceId()).param("quote", draft.quote())
			.param("at", Timestamp.from(clock.instant())).update();
		return id;
	}

	/**
	 * @throws RuleViolations if the organisation or title is missing or the term ends before the
	 *     appointment; nothing is stored then
	 */
	public UUID appoint(Actor actor, AmbassadorDraft draft) {
		ZoneRules.zone(actor, draft.parkId(), "promotion");
		List<RuleViolation> found = new ArrayList<>();
		if (draft.organisation() == null || draft.organisation().isBlank()) {
			found.add(new RuleViolation("organisation", "ambassador.organisationRequired"));
		}
		if (draft.title() == null || draft.title().isBlank()) {
			found.add(new RuleViolation("title", "ambassador.titleRequired"));
		}
		if (draft.appointedOn() != null && draft.termEndsOn() != null && draft.termEndsOn().isBefore(draft.appointedOn())) {
			found.add(new RuleViolation("termEndsOn", "ambassador.termBeforeAppointment"));
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into ambassador (id, park_id, organisation, title, appointed_at, appointed_on, term_ends_on,
				    source_id, quote, created_at)
				values (:id, :park, :organisation, :title, :appointedAt, :on, :ends, :source, :quote, :at)""")
			.param("id", id).param("park", draft.parkId()).param("organisation", draft.organisation().strip())
			.param("title", draft.title().strip()).param("appointedAt", draft.appointedAt())
			.param("on", draft.appointedOn() == null ? null : Date.valueOf(draft.appointedOn()))
			.param("ends", draft.termEndsOn() == null ? null : Date.valueOf(draft.termEndsOn()))
			.param("source", draft.sourceId()).param("quote", draft.quote())
			.param("at", Timestamp.from(clock.instant())).update();
		return id;
	}

	@Transactional(readOnly = true)
	public List<EventView> events(Actor actor, UUID parkId) {
		readable(actor, parkId);
		return jdbc.sql("""
				select e.*, count(l.id) as leads, count(l.id) filter (where l.stage in %s) as signed,
				       sum(l.agreement_amount) filter (where l.stage in %s) as signed_amount
				from promotion_event e left join lead l on l.event_id = e.id
				where e.park_id = :park group by e.id order by e.created_at""".formatted(SIGNED, SIGNED))
			.param("park", parkId)
			.query((rs, n) -> new EventView(rs.getObject("id", UUID.class), rs.getObject("park_id", UUID.class),
					new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")),
					rs.getDate("held_on") == null ? null : rs.getDate("held_on").toLocalDate(), rs.getString("place"),
					rs.getString("organisers"), rs.getString("chain_focus"), (Integer) rs.getObject("stated_projects"),
					rs.getBigDecimal("stated_amount"), rs.getObject("source_id", UUID.class), rs.getString("quote"),
					rs.getInt("leads"), rs.getInt("signed"), rs.getBigDecimal("signed_amount")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<AmbassadorView> ambassadors(Actor actor, UUID parkId) {
		readable(actor, parkId);
		return jdbc.sql("""
				select a.*, count(l.id) as leads, count(l.id) filter (where l.stage in %s) as signed
				from ambassador a left join lead l on l.ambassador_id = a.id
				where a.park_id = :park group by a.id order by a.created_at, a.organisation""".formatted(SIGNED))
			.param("park", parkId)
			.query((rs, n) -> new AmbassadorView(rs.getObject("id", UUID.class), rs.getObject("park_id", UUID.class),
					rs.getString("organisation"), rs.getString("title"), rs.getString("appointed_at"),
					rs.getDate("appointed_on") == null ? null : rs.getDate("appointed_on").toLocalDate(),
					rs.getDate("term_ends_on") == null ? null : rs.getDate("term_ends_on").toLocalDate(),
					rs.getObject("source_id", UUID.class), rs.getString("quote"), rs.getInt("leads"), rs.getInt("signed")))
			.list();
	}

	boolean eventInPark(UUID eventId, UUID parkId) {
		return jdbc.sql("select count(*) from promotion_event where id = :id and park_id = :park").param("id", eventId)
			.param("park", parkId).query(Long.class).single() > 0;
	}

	boolean ambassadorInPark(UUID ambassadorId, UUID parkId) {
		return jdbc.sql("select count(*) from ambassador where id = :id and park_id = :park").param("id", ambassadorId)
			.param("park", parkId).query(Long.class).single() > 0;
	}

	private static void readable(Actor actor, UUID parkId) {
		if (actor.role() == Role.ENTERPRISE || !actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
	}

}
