package org.batterytown.attraction;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investment pipeline of a park. The zone's staff (and admins) work it and see who the investors
 * are; leaders of the park see the pipeline under code names only; enterprise users see no leads.
 */
@Service
@Transactional
public class AttractionManagement {

	private final LeadRepository leads;

	private final Clock clock;

	private final Promotion promotion;

	private final ApplicationEventPublisher events;

	AttractionManagement(LeadRepository leads, Clock clock, Promotion promotion, ApplicationEventPublisher events) {
		this.leads = leads;
		this.clock = clock;
		this.promotion = promotion;
		this.events = events;
	}

	/** @throws RuleViolations listing every field that is missing or wrong; nothing is stored then */
	public UUID open(Actor actor, LeadDraft draft) {
		if (draft.parkId() != null && !actor.actsForZone(draft.parkId())) {
			throw new NotAllowed("lead");
		}
		check(draft);
		if (draft.source() == LeadSource.EXISTING_ENTERPRISE) {
			// it must name its enterprise, which only the visit or survey that heard of it knows
			throw new RuleViolations(List.of(new RuleViolation("source", "lead.existingEnterpriseFromRetention")));
		}
		attributions(draft);
		return leads.save(Lead.open(draft.parkId(), draft, actor.username(), clock.instant())).id();
	}

	/**
	 * Opens a lead for an expansion of an enterprise already in the park, attributed to it; source
	 * EXISTING_ENTERPRISE, so that the funnel counts what retention work brings in.
	 *
	 * @throws RuleViolations as {@link #open}
	 */
	public UUID openExpansion(Actor actor, LeadDraft draft, UUID enterpriseId) {
		if (draft.parkId() == null || !actor.actsForZone(draft.parkId())) {
			throw new NotAllowed("lead");
		}
		if (draft.source() != LeadSource.EXISTING_ENTERPRISE) {
			throw new IllegalArgumentException("an expansion lead has source EXISTING_ENTERPRISE");
		}
		check(draft);
		return leads.save(Lead.openExpansion(draft.parkId(), draft, enterpriseId, actor.username(), clock.instant()))
			.id();
	}

	public LeadView update(Actor actor, UUID id, LeadDraft draft, long expectedVersion) {
		Lead lead = workable(actor, id, expectedVersion);
		check(draft);
		if (!lead.parkId().equals(draft.parkId())) {
			throw new RuleViolations(List.of(new RuleViolation("parkId", "lead.parkFixed")));
		}
		attributions(draft);
		lead.update(draft);
		return leads.save(lead).view(true);
	}

	/** @throws RuleViolation if the stage cannot follow or its gate lacks a field; nothing changes then */
	public LeadView moveStage(Actor actor, UUID id, LeadStageChange change, long expectedVersion) {
		Lead lead = workable(actor, id, expectedVersion);
		if (change.target() == null || !lead.stage().canTransitionTo(change.target())) {
			throw new RuleViolation("target", "lead.stage.notAllowed", label(lead.stage()),
					change.target() == null ? "—" : label(change.target()));
		}
		lead.moveTo(change, actor.username(), clock.instant());
		Lead saved = leads.save(lead);
		if (saved.stage() == LeadStage.REGISTERED) {
			events.publishEvent(saved.registered(clock.instant()));
			return get(actor, id);
		}
		return saved.view(true);
	}

	@Transactional(readOnly = true)
	public LeadView get(Actor actor, UUID id) {
		Lead lead = leads.findById(id).filter(l -> reads(actor, l.parkId())).orElseThrow(() -> new NotFound("lead", id));
		return lead.view(actor.actsForZone(lead.parkId()));
	}

	@Transactional(readOnly = true)
	public List<LeadView> ofPark(Actor actor, UUID parkId) {
		if (!reads(actor, parkId)) {
			throw new NotFound("park", parkId);
		}
		boolean investors = actor.actsForZone(parkId);
		return leads.findByParkIdOrderByCreatedAtAsc(parkId).stream().map(l -> l.view(investors)).toList();
	}

	private Lead workable(Actor actor, UUID id, long expectedVersion) {
		Lead lead = leads.findById(id).filter(l -> reads(actor, l.parkId())).orElseThrow(() -> new NotFound("lead", id));
		if (!actor.actsForZone(lead.parkId())) {
			throw new NotAllowed("lead");
		}
		if (lead.version() != expectedVersion) {
			throw new StaleVersion("lead", id);
		}
		return lead;
	}

	/** An event or ambassador a lead is attributed to belongs to the lead's park. */
	private void attributions(LeadDraft draft) {
		if (draft.eventId() != null && !promotion.eventInPark(draft.eventId(), draft.parkId())) {
			throw new RuleViolations(List.of(new RuleViolation("eventId", "lead.eventUnknown")));
		}
		if (draft.ambassadorId() != null && !promotion.ambassadorInPark(draft.ambassadorId(), draft.parkId())) {
			throw new RuleViolations(List.of(new RuleViolation("ambassadorId", "lead.ambassadorUnknown")));
		}
	}

	private static MessageSourceResolvable label(LeadStage stage) {
		return new DefaultMessageSourceResolvable("leadStage." + stage.name());
	}

	private static boolean reads(Actor actor, UUID parkId) {
		return actor.role() != Role.ENTERPRISE && actor.canSeePark(parkId);
	}

	private static void check(LeadDraft draft) {
		List<RuleViolation> found = new ArrayList<>();
		if (draft.parkId() == null) {
			found.add(new RuleViolation("parkId", "lead.parkRequired"));
		}
		if (draft.codeName() == null || draft.codeName().isBlank()) {
			found.add(new RuleViolation("codeName", "lead.codeNameRequired"));
		}
		if (draft.source() == null) {
			found.add(new RuleViolation("source", "lead.sourceRequired"));
		}
		if (draft.source() == LeadSource.EVENT && draft.eventId() == null) {
			found.add(new RuleViolation("eventId", "lead.eventRequired"));
		}
		if (draft.source() == LeadSource.AMBASSADOR && draft.ambassadorId() == null) {
			found.add(new RuleViolation("ambassadorId", "lead.ambassadorRequired"));
		}
		BigDecimal likelihood = draft.likelihood();
		if (likelihood != null && (likelihood.signum() < 0 || likelihood.compareTo(BigDecimal.ONE) > 0)) {
			found.add(new RuleViolation("likelihood", "lead.likelihoodRange"));
		}
		ZoneRules.noNegatives(found, "expectedInvestment", draft.expectedInvestment(), "capacity", draft.capacity(),
				"landMu", draft.landMu(), "powerLoadMw", draft.powerLoadMw());
		if (draft.jobs() != null && draft.jobs() < 0) {
			found.add(new RuleViolation("jobs", "lead.negative"));
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
	}

}
