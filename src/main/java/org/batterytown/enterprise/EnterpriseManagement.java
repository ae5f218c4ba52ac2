package org.batterytown.enterprise;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.batterytown.park.ParkId;
import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.ChangesRecorded;
import org.batterytown.shared.FieldChange;
import org.batterytown.shared.LocalizedText;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.StaleVersion;
import org.batterytown.source.Citation;
import org.batterytown.source.SourceId;
import org.batterytown.source.Sources;
import org.batterytown.source.Subject;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and edits enterprises within the actor's data scope. Enterprises outside the scope are
 * reported as not found, never as forbidden, so a scope reveals nothing beyond it.
 */
@Service
@Transactional(readOnly = true)
public class EnterpriseManagement {

	static final String SUBJECT = "enterprise";

	private final EnterpriseRepository enterprises;

	private final ParkManagement parks;

	private final Sources sources;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JdbcClient jdbc;

	EnterpriseManagement(EnterpriseRepository enterprises, ParkManagement parks, Sources sources,
			ApplicationEventPublisher events, Clock clock, JdbcClient jdbc) {
		this.enterprises = enterprises;
		this.parks = parks;
		this.sources = sources;
		this.events = events;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** The enterprises the actor may see, by Chinese name. */
	public List<EnterpriseView> list(Actor actor) {
		return enterprises.findAllByOrderByNameZh().stream()
			.filter(e -> actor.canRead(e.parkId(), e.id()))
			.map(Enterprise::view)
			.toList();
	}

	/** @throws NotFound if there is no such enterprise or it lies outside the actor's scope */
	public EnterpriseView get(Actor actor, EnterpriseId id) {
		return load(actor, id).view();
	}

	/** Chinese and English names by id, for lists in other modules; ids not visible are left out. */
	public Map<EnterpriseId, EnterpriseView> byId(Actor actor) {
		return list(actor).stream().collect(Collectors.toMap(EnterpriseView::id, Function.identity()));
	}

	/** A value that changes whenever an enterprise of the park is registered or changed. */
	public String stamp(UUID parkId) {
		return jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) from enterprise where park_id = :park")
			.param("park", parkId)
			.query(String.class)
			.single();
	}

	/**
	 * The names of a park's enterprises by id in one query, for tables over thousands of enterprises;
	 * an enterprise user gets only its own.
	 */
	public Map<UUID, LocalizedText> names(Actor actor, UUID parkId) {
		Map<UUID, LocalizedText> names = new HashMap<>();
		jdbc.sql("select id, name_zh, name_en from enterprise where park_id = :park")
			.param("park", parkId)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				if (actor.canRead(parkId, id)) {
					names.put(id, new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")));
				}
			});
		return names;
	}

	/**
	 * @throws NotAllowed unless the actor is an admin or staff of the park
	 * @throws RuleViolation if the park is unknown or the credit code is registered already
	 */
	@Transactional
	public EnterpriseId register(Actor actor, EnterpriseDraft draft) {
		if (!actor.canRegisterEnterprise(draft.parkId())) {
			throw new NotAllowed("register an enterprise");
		}
		requirePark(draft);
		requireUniqueCode(draft, null);
		Enterprise enterprise = Enterprise.blank(draft.parkId());
		// The history names the park the enterprise settled in, by name rather than id.
		List<FieldChange> changes = new java.util.ArrayList<>();
		changes.add(new FieldChange("park", null, parks.get(actor, new ParkId(draft.parkId())).name().zh()));
		changes.addAll(enterprise.apply(draft));
		enterprises.save(enterprise);
		recorded(actor, enterprise, changes);
		return new EnterpriseId(enterprise.id());
	}

	/**
	 * Edits an enterprise if it still has the version the actor read. Its park is fixed, since its
	 * projects and figures belong to that park; an enterprise's own user may not make it the chain
	 * leader: that is the zone's call.
	 *
	 * @throws StaleVersion if someone changed it meanwhile; nothing is written
	 */
	@Transactional
	public EnterpriseView update(Actor actor, EnterpriseId id, EnterpriseDraft draft, long expectedVersion) {
		Enterprise enterprise = load(actor, id);
		if (!actor.canEdit(enterprise.parkId(), enterprise.id())) {
			throw new NotAllowed("edit an enterprise");
		}
		if (enterprise.version() != expectedVersion) {
			throw new StaleVersion(SUBJECT, id.value());
		}
		if (!draft.parkId().equals(enterprise.parkId())) {
			throw new RuleViolation("parkId", "enterprise.park.fixed");
		}
		if (actor.role() == Role.ENTERPRISE && draft.chainLeader() != enterprise.chainLeader()) {
			throw new RuleViolation("chainLeader", "enterprise.chainLeader.zoneOnly");
		}
		requireUniqueCode(draft, enterprise.id());
		List<FieldChange> changes = enterprise.apply(draft);
		enterprises.save(enterprise);
		recorded(actor, enterprise, changes);
		return enterprise.view();
	}

	/** Cites a source for one figure of the enterprise ("*" for the enterprise as a whole). */
	@Transactional
	public void cite(Actor actor, EnterpriseId id, SourceId source, String field) {
		Enterprise enterprise = load(actor, id);
		if (!actor.canEdit(enterprise.parkId(), enterprise.id())) {
			throw new NotAllowed("cite a source");
		}
		sources.cite(source, new Subject(SUBJECT, enterprise.id(), enterprise.parkId()), field);
		recorded(actor, enterprise, List.of(new FieldChange("source." + field, null, sources.get(source).title())));
	}

	public List<Citation> citations(Actor actor, EnterpriseId id) {
		return sources.citationsOf(SUBJECT, load(actor, id).id());
	}

	private Enterprise load(Actor actor, EnterpriseId id) {
		return enterprises.findById(id.value())
			.filter(e -> actor.canRead(e.parkId(), e.id()))
			.orElseThrow(() -> new NotFound(SUBJECT, id.value()));
	}

	private void requirePark(EnterpriseDraft draft) {
		if (!parks.exists(new ParkId(draft.parkId()))) {
			throw new RuleViolation("parkId", "enterprise.park.unknown");
		}
	}

	private void requireUniqueCode(EnterpriseDraft draft, @org.jspecify.annotations.Nullable UUID self) {
		if (draft.creditCode() == null || draft.creditCode().isBlank()) {
			return;
		}
		String code = CreditCode.of(draft.creditCode()).value();
		enterprises.findByCreditCode(code).filter(other -> !other.id().equals(self)).ifPresent(other -> {
			throw new RuleViolation("creditCode", "creditCode.duplicate", code);
		});
	}

	private void recorded(Actor actor, Enterprise enterprise, List<FieldChange> changes) {
		if (!changes.isEmpty()) {
			events.publishEvent(new ChangesRecorded(SUBJECT, enterprise.id(), enterprise.parkId(), actor.username(),
					clock.instant(), changes));
		}
	}

}
