package org.batterytown.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.calendar.Calendars;
import org.batterytown.calendar.DayType;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.LocalizedText;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up tasks of retention work. Each has an owner: the enterprise's liaison, else the zone's user
 * who recorded what it came from, else the configured fallback; and a due day in working days.
 */
@Service
@Transactional
public class FollowUps {

	private final FollowUpRepository followUps;

	private final VisitPlans plans;

	private final EnterpriseManagement enterprises;

	private final Calendars calendars;

	private final RetentionSettings settings;

	private final Clock clock;

	FollowUps(FollowUpRepository followUps, VisitPlans plans, EnterpriseManagement enterprises, Calendars calendars,
			RetentionSettings settings, Clock clock) {
		this.followUps = followUps;
		this.plans = plans;
		this.enterprises = enterprises;
		this.calendars = calendars;
		this.settings = settings;
		this.clock = clock;
	}

	FollowUp open(UUID parkId, UUID enterpriseId, FollowUpOrigin origin, UUID originId, String title,
			@Nullable String owner, @Nullable LocalDate dueOn, int defaultWorkingDays, Actor recorder) {
		return open(parkId, enterpriseId, origin, originId, null, title, owner, dueOn, defaultWorkingDays, recorder);
	}

	FollowUp open(UUID parkId, UUID enterpriseId, FollowUpOrigin origin, UUID originId, @Nullable String ruleCode,
			String title, @Nullable String owner, @Nullable LocalDate dueOn, int defaultWorkingDays, Actor recorder) {
		String who = owner != null && !owner.isBlank() ? owner.strip() : ownerFor(enterpriseId, recorder, parkId);
		LocalDate due = dueOn != null ? dueOn : calendars.current().due(today(), defaultWorkingDays, DayType.WORKING);
		return followUps.save(FollowUp.open(parkId, enterpriseId, origin, originId, ruleCode, title, who, due,
				recorder.username(), clock.instant()));
	}

	String ownerFor(UUID enterpriseId, Actor recorder, UUID parkId) {
		String liaison = plans.liaison(enterpriseId);
		if (liaison != null) {
			return liaison;
		}
		// an enterprise user answering a survey owns no task of the zone's
		return recorder.actsForZone(parkId) && !Actor.system().username().equals(recorder.username())
				? recorder.username() : settings.fallbackOwner();
	}

	/** The park's follow-ups (an enterprise user: its own enterprise's), open ones first by due day. */
	@Transactional(readOnly = true)
	public List<FollowUpView> ofPark(Actor actor, UUID parkId, boolean openOnly) {
		if (!actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		List<FollowUp> found = actor.role() == Role.ENTERPRISE
				? followUps.findByEnterpriseIdOrderByDueOn(actor.enterpriseId())
				: followUps.findByParkIdOrderByDueOn(parkId);
		return views(parkId, found.stream()
			.filter(f -> !openOnly || f.status() == FollowUpStatus.OPEN)
			.sorted(java.util.Comparator.comparing(FollowUp::status).thenComparing(FollowUp::dueOn))
			.toList(), actor);
	}

	@Transactional(readOnly = true)
	public List<FollowUpView> ofOrigin(Actor actor, UUID parkId, UUID originId) {
		return views(parkId, followUps.findByOriginId(originId).stream()
			.filter(f -> actor.canRead(f.parkId(), f.enterpriseId()))
			.toList(), actor);
	}

	@Transactional(readOnly = true)
	public FollowUpView get(Actor actor, UUID id) {
		FollowUp followUp = readable(actor, id);
		return views(followUp.parkId(), List.of(followUp), actor).get(0);
	}

	/** Marks a follow-up done, with what was done; the zone's staff only. */
	public FollowUpView done(Actor actor, UUID id, @Nullable String note, long expectedVersion) {
		FollowUp followUp = readable(actor, id);
		if (!actor.actsForZone(followUp.parkId())) {
			throw new NotAllowed("follow-up");
		}
		if (followUp.version() != expectedVersion) {
			throw new StaleVersion("follow-up", id);
		}
		followUp.done(today(), note, actor.username());
		FollowUp saved = followUps.save(followUp);
		return views(saved.parkId(), List.of(saved), actor).get(0);
	}

	/** The open follow-ups of one origin kind per enterprise of a park, for the health view. */
	@Transactional(readOnly = true)
	List<FollowUp> open(UUID parkId) {
		return followUps.findByParkIdOrderByDueOn(parkId).stream().filter(f -> f.status() == FollowUpStatus.OPEN).toList();
	}

	private FollowUp readable(Actor actor, UUID id) {
		FollowUp followUp = followUps.findById(id).orElseThrow(() -> new NotFound("followUp", id));
		if (!actor.canRead(followUp.parkId(), followUp.enterpriseId())) {
			throw new NotFound("followUp", id);
		}
		return followUp;
	}

	private List<FollowUpView> views(UUID parkId, List<FollowUp> found, Actor actor) {
		Map<UUID, LocalizedText> names = enterprises.names(Actor.system(), parkId);
		LocalDate today = today();
		return found.stream()
			.map(f -> f.view(today, names.getOrDefault(f.enterpriseId(), new LocalizedText("?", null))))
			.toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
