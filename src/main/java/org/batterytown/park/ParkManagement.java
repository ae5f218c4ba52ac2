package org.batterytown.park;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.batterytown.shared.Actor;
import org.batterytown.shared.ChangesRecorded;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.StaleVersion;
import org.batterytown.shared.FieldChange;
import org.batterytown.source.Citation;
import org.batterytown.source.SourceId;
import org.batterytown.source.Sources;
import org.batterytown.source.Subject;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers parks and answers which parks an actor may see. */
@Service
@Transactional(readOnly = true)
public class ParkManagement {

	private final ParkRepository parks;

	private final Sources sources;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ParkManagement(ParkRepository parks, Sources sources, ApplicationEventPublisher events, Clock clock) {
		this.parks = parks;
		this.sources = sources;
		this.events = events;
		this.clock = clock;
	}

	/** The parks the actor may see, by code. */
	public List<ParkView> list(Actor actor) {
		return parks.findAllByOrderByCode().stream().filter(p -> visible(actor, p)).map(Park::view).toList();
	}

	/**
	 * The park a page works in: the one asked for, else the user's own, else the first they may see.
	 *
	 * @throws NotFound if the user sees no park
	 */
	public UUID pageParkOf(Actor actor, @Nullable UUID requested) {
		if (requested != null) {
			return requested;
		}
		if (actor.parkId() != null) {
			return actor.parkId();
		}
		return list(actor).stream().findFirst().map(p -> p.id().value()).orElseThrow(() -> new NotFound("park", ""));
	}

	/** @throws NotFound if there is no such park or it lies outside the actor's scope */
	public ParkView get(Actor actor, ParkId id) {
		return parks.findById(id.value()).filter(p -> visible(actor, p)).map(Park::view)
			.orElseThrow(() -> new NotFound("park", id.value()));
	}

	public Optional<ParkView> findByCode(String code) {
		return parks.findByCode(code).map(Park::view);
	}

	public boolean exists(ParkId id) {
		return parks.existsById(id.value());
	}

	public boolean none() {
		return parks.count() == 0;
	}

	@Transactional
	public ParkId register(Actor actor, ParkDraft draft) {
		if (!actor.isAdmin()) {
			throw new NotAllowed("register a park");
		}
		if (parks.findByCode(draft.code()).isPresent()) {
			throw new RuleViolation("code", "park.code.duplicate", draft.code());
		}
		Park park = Park.blank();
		var changes = park.apply(draft);
		parks.save(park);
		events.publishEvent(new ChangesRecorded("park", park.id(), park.id(), actor.username(), clock.instant(), changes));
		return new ParkId(park.id());
	}

	@Transactional
	public ParkView update(Actor actor, ParkId id, ParkDraft draft, long expectedVersion) {
		Park park = parks.findById(id.value()).filter(p -> visible(actor, p))
			.orElseThrow(() -> new NotFound("park", id.value()));
		if (!canManage(actor, id)) {
			throw new NotAllowed("edit a park");
		}
		if (park.version() != expectedVersion) {
			throw new StaleVersion("park", id.value());
		}
		parks.findByCode(draft.code()).filter(other -> !other.id().equals(park.id())).ifPresent(other -> {
			throw new RuleViolation("code", "park.code.duplicate", draft.code());
		});
		var changes = park.apply(draft);
		parks.save(park);
		events.publishEvent(new ChangesRecorded("park", park.id(), park.id(), actor.username(), clock.instant(), changes));
		return park.view();
	}

	/** Cites a source for one figure of the park ("*" for the park as a whole); admins and its staff. */
	@Transactional
	public void cite(Actor actor, ParkId id, SourceId source, String field) {
		Park park = parks.findById(id.value()).filter(p -> visible(actor, p))
			.orElseThrow(() -> new NotFound("park", id.value()));
		if (!canManage(actor, id)) {
			throw new NotAllowed("cite a source");
		}
		sources.cite(source, new Subject("park", park.id(), park.id()), field);
		events.publishEvent(new ChangesRecorded("park", park.id(), park.id(), actor.username(), clock.instant(),
				List.of(new FieldChange("source." + field, null, sources.get(source).title()))));
	}

	public List<Citation> citations(Actor actor, ParkId id) {
		return sources.citationsOf("park", get(actor, id).id().value());
	}

	/** Admins, and the park's own staff, look after a park's data. */
	private static boolean canManage(Actor actor, ParkId id) {
		return actor.isAdmin() || (actor.role() == Role.STAFF && actor.canEdit(id.value(), null));
	}

	private static boolean visible(Actor actor, Park park) {
		return actor.canSeePark(park.id());
	}

}
