package org.batterytown.retention;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.attraction.CandidateDraft;
import org.batterytown.attraction.TargetList;
import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.LocalizedText;
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
 * The suppliers and customers of the park's enterprises, above all of its chain leaders (以商招商).
 * A partner whose name is an enterprise of the park is marked so; one that is not can be offered, in
 * one action, to the target list as a candidate investor for its link.
 */
@Service
@Transactional
public class ChainPartners {

	private final JdbcClient jdbc;

	private final EnterpriseManagement enterprises;

	private final TargetList targets;

	private final Clock clock;

	ChainPartners(JdbcClient jdbc, EnterpriseManagement enterprises, TargetList targets, Clock clock) {
		this.jdbc = jdbc;
		this.enterprises = enterprises;
		this.targets = targets;
		this.clock = clock;
	}

	/** @throws RuleViolations naming every missing or wrong field */
	public UUID add(Actor actor, PartnerDraft draft) {
		if (actor.role() != Role.ADMIN && actor.role() != Role.STAFF) {
			throw new NotAllowed("partner");
		}
		List<RuleViolation> found = new ArrayList<>();
		if (draft.enterpriseId() == null) {
			throw new RuleViolations(List.of(new RuleViolation("enterpriseId", "partner.enterpriseRequired")));
		}
		EnterpriseView enterprise = enterprises.get(actor, new EnterpriseId(draft.enterpriseId()));
		UUID parkId = enterprise.parkId().value();
		if (!actor.actsForZone(parkId)) {
			throw new NotAllowed("partner");
		}
		if (draft.relation() == null) {
			found.add(new RuleViolation("relation", "partner.relationRequired"));
		}
		String name = draft.name() == null ? "" : draft.name().strip();
		if (name.isEmpty() || name.length() > 300) {
			found.add(new RuleViolation("name", "partner.nameRequired"));
		}
		if (draft.location() != null && draft.location().strip().length() > 200) {
			found.add(new RuleViolation("location", "visit.tooLong", 200));
		}
		if (draft.note() != null && draft.note().strip().length() > 1000) {
			found.add(new RuleViolation("note", "visit.tooLong", 1000));
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		UUID inPark = enterprises.names(Actor.system(), parkId).entrySet().stream()
			.filter(e -> e.getValue().zh().equals(name) || name.equals(e.getValue().en()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into chain_partner (id, park_id, enterprise_id, relation, name, link, location,
				  in_park_enterprise_id, note, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, parkId, draft.enterpriseId(), draft.relation().name(), name,
					draft.link() == null ? null : draft.link().name(), blank(draft.location()), inPark, blank(draft.note()),
					java.sql.Timestamp.from(clock.instant()), actor.username())
			.update();
		return id;
	}

	/** The partners of the park's enterprises (of one, if named); for the zone and its leaders. */
	@Transactional(readOnly = true)
	public List<PartnerView> ofPark(Actor actor, UUID parkId, @Nullable UUID enterpriseId) {
		if (!actor.canSeePark(parkId) || actor.role() == Role.ENTERPRISE) {
			throw new NotAllowed("partners");
		}
		Map<UUID, LocalizedText> names = enterprises.names(Actor.system(), parkId);
		return jdbc.sql("""
				select id, park_id, enterprise_id, relation, name, link, location, in_park_enterprise_id, candidate_id,
				  note, created_at, created_by from chain_partner where park_id = ? and (?::uuid is null or enterprise_id = ?)
				order by enterprise_id, relation, name""")
			.params(parkId, enterpriseId, enterpriseId)
			.query((rs, n) -> new PartnerView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class),
					names.getOrDefault(rs.getObject(3, UUID.class), new LocalizedText("?", null)),
					PartnerRelation.valueOf(rs.getString(4)), rs.getString(5),
					rs.getString(6) == null ? null : Link.valueOf(rs.getString(6)), rs.getString(7),
					rs.getObject(8, UUID.class), rs.getObject(9, UUID.class), rs.getString(10),
					rs.getTimestamp(11).toInstant(), rs.getString(12)))
			.list();
	}

	/** Records a partner not in the park as a target-list candidate for its link; once. */
	public UUID offer(Actor actor, UUID partnerId) {
		PartnerView partner = jdbc.sql("select park_id from chain_partner where id = ?")
			.param(partnerId)
			.query(UUID.class)
			.optional()
			.map(park -> ofPark(actor, park, null).stream().filter(p -> p.id().equals(partnerId)).findFirst().orElseThrow())
			.orElseThrow(() -> new NotFound("partner", partnerId));
		if (!actor.actsForZone(partner.parkId())) {
			throw new NotAllowed("partner");
		}
		if (!partner.offerable()) {
			throw new RuleViolation("partner", partner.link() == null ? "partner.linkRequired" : "partner.notOfferable");
		}
		String relation = partner.relation() == PartnerRelation.SUPPLIER ? "供应商" : "客户";
		UUID candidate = targets.record(actor, new CandidateDraft(partner.parkId(), partner.link(), partner.name(), null,
				null, null, null, "以商招商：" + partner.enterpriseName().zh() + "的" + relation
						+ (partner.location() == null ? "" : "（" + partner.location() + "）")));
		jdbc.sql("update chain_partner set candidate_id = ? where id = ?").params(candidate, partnerId).update();
		return candidate;
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
