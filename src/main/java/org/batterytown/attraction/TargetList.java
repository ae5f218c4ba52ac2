package org.batterytown.attraction;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.chain.Contribution;
import org.batterytown.chain.ParkBalance;
import org.batterytown.chain.ParkChain;
import org.batterytown.chain.Scenarios;
import org.batterytown.chain.model.AnodeInput;
import org.batterytown.chain.model.Estimate;
import org.batterytown.chain.model.Link;
import org.batterytown.chain.model.LinkBalance;
import org.batterytown.chain.model.UpstreamNeed;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.source.SourceId;
import org.batterytown.source.Sources;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What to attract next: the links the chain balance finds missing or short (at today's producing
 * capacity and the default mix), the upstream inputs the anode output needs (coke against the park's
 * needle and petroleum coke, crucibles against its crucible makers), and the links the zone has named;
 * each with the investors recorded as candidates, ranked by {@link CandidateRanking}. Candidate names
 * are for those who work the pipeline; leaders see how many there are.
 */
@Service
@Transactional
public class TargetList {

	private final ParkChain chain;

	private final Scenarios scenarios;

	private final AttractionManagement attraction;

	private final JdbcClient jdbc;

	private final Sources sources;

	private final Clock clock;

	TargetList(ParkChain chain, Scenarios scenarios, AttractionManagement attraction, JdbcClient jdbc, Sources sources,
			Clock clock) {
		this.chain = chain;
		this.sources = sources;
		this.scenarios = scenarios;
		this.attraction = attraction;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TargetRow> of(Actor actor, UUID parkId) {
		if (actor.role() == Role.ENTERPRISE || !actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		ParkBalance park = chain.balance(actor,
				scenarios.of(parkId, null, null, null, null, null, null, null));
		Map<Link, Double> present = new EnumMap<>(Link.class);
		for (Contribution c : park.contributions()) {
			if (c.counted() && c.nameplate() != null) {
				present.merge(c.link(), c.nameplate().doubleValue(), Double::sum);
			}
		}
		Map<Link, TargetRow.Stated> stated = stated(parkId);
		Map<Link, List<CandidateView>> candidates = candidates(parkId, actor.actsForZone(parkId));
		Map<Link, TargetRow> rows = new EnumMap<>(Link.class);
		for (LinkBalance l : park.balance().gaps()) {
			rows.put(l.link(), row(l.link(), l.required(Estimate.BASE), l.capacity().known(), stated, candidates));
		}
		double coke = present.getOrDefault(Link.NEEDLE_COKE, 0.0)
				+ present.getOrDefault(Link.LOW_SULPHUR_PETROLEUM_COKE, 0.0);
		upstream(rows, Link.NEEDLE_COKE, need(park, AnodeInput.COKE), coke, stated, candidates);
		upstream(rows, Link.CRUCIBLES_AND_CONSUMABLES, need(park, AnodeInput.CRUCIBLES),
				present.getOrDefault(Link.CRUCIBLES_AND_CONSUMABLES, 0.0), stated, candidates);
		for (Link link : stated.keySet()) {
			rows.computeIfAbsent(link, l -> row(l, null, present.getOrDefault(l, 0.0), stated, candidates));
		}
		return List.copyOf(rows.values());
	}

	/** @throws RuleViolations naming every missing or negative field; nothing is stored then */
	public UUID record(Actor actor, CandidateDraft draft) {
		ZoneRules.zone(actor, draft.parkId(), "candidate");
		List<RuleViolation> found = new ArrayList<>();
		if (draft.link() == null) {
			found.add(new RuleViolation("link", "targets.linkRequired"));
		}
		if (draft.investor() == null || draft.investor().isBlank()) {
			found.add(new RuleViolation("investor", "targets.investorRequired"));
		}
		ZoneRules.noNegatives(found, "capacity", draft.capacity(), "investment", draft.investment(), "landMu",
				draft.landMu(), "powerMw", draft.powerMw());
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into target_candidate (id, park_id, link, investor, capacity, investment, land_mu, power_mw,
				    note, created_at, created_by)
				values (:id, :park, :link, :investor, :capacity, :investment, :land, :power, :note, :at, :by)""")
			.param("id", id).param("park", draft.parkId()).param("link", draft.link().name())
			.param("investor", draft.investor().strip()).param("capacity", draft.capacity())
			.param("investment", draft.investment()).param("land", draft.landMu()).param("power", draft.powerMw())
			.param("note", draft.note()).param("at", Timestamp.from(clock.instant())).param("by", actor.username())
			.update();
		return id;
	}

	/**
	 * Opens a lead (source: gap target list) from a candidate's data under the code name given, and
	 * links the candidate to it.
	 *
	 * @throws RuleViolation if the candidate was taken up already, or the code name is missing
	 */
	public UUID takeUp(Actor actor, UUID candidateId, @Nullable String codeName) {
		CandidateRecord c = jdbc.sql("""
				select park_id, link, investor, capacity, investment, land_mu, power_mw, lead_id
				from target_candidate where id = :id for update""")
			.param("id", candidateId)
			.query((rs, n) -> new CandidateRecord(rs.getObject("park_id", UUID.class), Link.valueOf(rs.getString("link")),
					rs.getString("investor"), rs.getBigDecimal("capacity"), rs.getBigDecimal("investment"),
					rs.getBigDecimal("land_mu"), rs.getBigDecimal("power_mw"), rs.getObject("lead_id", UUID.class)))
			.optional()
			.filter(r -> actor.role() != Role.ENTERPRISE && actor.canSeePark(r.parkId()))
			.orElseThrow(() -> new NotFound("candidate", candidateId));
		ZoneRules.zone(actor, c.parkId(), "candidate");
		if (c.leadId() != null) {
			throw new RuleViolation("codeName", "targets.alreadyLead");
		}
		UUID lead = attraction.open(actor, new LeadDraft(c.parkId(), codeName, c.investor(), null, c.link(),
				c.investment(), c.capacity(), c.landMu(), c.powerMw(), null, LeadSource.GAP_TARGET, null, null,
				actor.username(), null, null, null));
		jdbc.sql("update target_candidate set lead_id = :lead where id = :id")
			.param("lead", lead).param("id", candidateId).update();
		return lead;
	}

	/** Records a link the zone has said it wants to attract, with the source's words (demo data, admins). */
	public void name(Actor actor, UUID parkId, Link link, @Nullable String reason, @Nullable UUID sourceId,
			@Nullable String quote) {
		ZoneRules.zone(actor, parkId, "candidate");
		jdbc.sql("""
				insert into attraction_focus (id, park_id, link, reason, source_id, quote, created_at)
				values (:id, :park, :link, :reason, :source, :quote, :at)
				on conflict (park_id, link) do update set reason = excluded.reason, source_id = excluded.source_id,
				    quote = excluded.quote""")
			.param("id", UUID.randomUUID()).param("park", parkId).param("link", link.name()).param("reason", reason)
			.param("source", sourceId).param("quote", quote).param("at", Timestamp.from(clock.instant())).update();
	}

	private static void upstream(Map<Link, TargetRow> rows, Link link, @Nullable Double need, double present,
			Map<Link, TargetRow.Stated> stated, Map<Link, List<CandidateView>> candidates) {
		boolean gap = present == 0 || (need != null && need > present);
		if (gap || stated.containsKey(link)) {
			rows.put(link, row(link, need, present, stated, candidates));
		}
	}

	private static TargetRow row(Link link, @Nullable Double required, double present,
			Map<Link, TargetRow.Stated> stated, Map<Link, List<CandidateView>> candidates) {
		Double shortfall = required == null ? null : Math.max(0, required - present);
		TargetRow.Status status = present == 0 ? TargetRow.Status.MISSING
				: shortfall != null && shortfall > 0 ? TargetRow.Status.SHORT : TargetRow.Status.NAMED;
		return new TargetRow(link, status, required, present, shortfall, stated.get(link),
				CandidateRanking.rank(candidates.getOrDefault(link, List.of()), shortfall));
	}

	private static @Nullable Double need(ParkBalance park, AnodeInput input) {
		return park.upstream().stream().filter(u -> u.input() == input).findFirst().map(UpstreamNeed::base).orElse(null);
	}

	private Map<Link, TargetRow.Stated> stated(UUID parkId) {
		Map<Link, TargetRow.Stated> stated = new EnumMap<>(Link.class);
		jdbc.sql("select link, reason, source_id, quote from attraction_focus where park_id = :park")
			.param("park", parkId)
			.query(rs -> {
				UUID source = rs.getObject("source_id", UUID.class);
				stated.put(Link.valueOf(rs.getString("link")), new TargetRow.Stated(rs.getString("reason"), source,
						source == null ? null : sources.get(new SourceId(source)).title(), rs.getString("quote")));
			});
		return stated;
	}

	private Map<Link, List<CandidateView>> candidates(UUID parkId, boolean investors) {
		Map<Link, List<CandidateView>> byLink = new EnumMap<>(Link.class);
		jdbc.sql("""
				select id, link, investor, capacity, investment, land_mu, power_mw, note, lead_id
				from target_candidate where park_id = :park order by created_at""")
			.param("park", parkId)
			.query(rs -> {
				Link link = Link.valueOf(rs.getString("link"));
				byLink.computeIfAbsent(link, l -> new ArrayList<>())
					.add(new CandidateView(rs.getObject("id", UUID.class), link,
							investors ? rs.getString("investor") : null, rs.getBigDecimal("capacity"),
							rs.getBigDecimal("investment"), rs.getBigDecimal("land_mu"), rs.getBigDecimal("power_mw"),
							investors ? rs.getString("note") : null, null, 0, rs.getObject("lead_id", UUID.class)));
			});
		return byLink;
	}

	private record CandidateRecord(UUID parkId, Link link, String investor, @Nullable BigDecimal capacity,
			@Nullable BigDecimal investment, @Nullable BigDecimal landMu, @Nullable BigDecimal powerMw,
			@Nullable UUID leadId) {
	}

}
