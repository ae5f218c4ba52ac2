package org.batterytown.retention;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.attraction.AttractionManagement;
import org.batterytown.attraction.LeadDraft;
import org.batterytown.attraction.LeadSource;
import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.feedback.TicketDraft;
import org.batterytown.feedback.TicketView;
import org.batterytown.feedback.Tickets;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits to enterprises (走访). The zone's staff record them; a problem raised becomes, in one action, a
 * business-environment ticket filed on the enterprise's behalf or a follow-up task; each promise made
 * is a follow-up from the start; an expansion plan becomes an attraction lead attributed to the
 * enterprise. Enterprise users read their own enterprise's visits; leaders read all.
 */
@Service
@Transactional
public class Visits {

	private static final int TEXT_MAX = 2000;

	private final VisitRepository visits;

	private final FollowUps followUps;

	private final EnterpriseManagement enterprises;

	private final Tickets tickets;

	private final AttractionManagement attraction;

	private final VisitPlans plans;

	private final RetentionSettings settings;

	private final Clock clock;

	Visits(VisitRepository visits, FollowUps followUps, EnterpriseManagement enterprises, Tickets tickets,
			AttractionManagement attraction, VisitPlans plans, RetentionSettings settings, Clock clock) {
		this.visits = visits;
		this.followUps = followUps;
		this.enterprises = enterprises;
		this.tickets = tickets;
		this.attraction = attraction;
		this.plans = plans;
		this.settings = settings;
		this.clock = clock;
	}

	/** @throws RuleViolations naming every missing or wrong field; nothing is stored then */
	public UUID record(Actor actor, VisitDraft draft) {
		if (actor.role() != org.batterytown.shared.Role.ADMIN && actor.role() != org.batterytown.shared.Role.STAFF) {
			throw new NotAllowed("visit");
		}
		List<RuleViolation> found = new ArrayList<>();
		EnterpriseView enterprise = null;
		if (draft.enterpriseId() == null) {
			found.add(new RuleViolation("enterpriseId", "visit.enterpriseRequired"));
		}
		else {
			enterprise = enterprises.get(actor, new EnterpriseId(draft.enterpriseId()));
			if (!actor.actsForZone(enterprise.parkId().value())) {
				throw new NotAllowed("visit");
			}
		}
		if (draft.visitedOn() == null) {
			found.add(new RuleViolation("visitedOn", "visit.dateRequired"));
		}
		else if (draft.visitedOn().isAfter(LocalDate.now(clock))) {
			found.add(new RuleViolation("visitedOn", "visit.dateFuture"));
		}
		if (draft.visitors() == null || draft.visitors().isBlank()) {
			found.add(new RuleViolation("visitors", "visit.visitorsRequired"));
		}
		tooLong(found, "visitors", draft.visitors(), 500);
		tooLong(found, "hosts", draft.hosts(), 500);
		tooLong(found, "notes", draft.notes(), 4000);
		tooLong(found, "expansionPlan", draft.expansionPlan(), TEXT_MAX);
		negative(found, "expansionInvestment", draft.expansionInvestment());
		negative(found, "expansionCapacity", draft.expansionCapacity());
		List<String> problems = texts(draft.problems());
		problems.forEach(p -> tooLong(found, "problems", p, TEXT_MAX));
		List<VisitDraft.PromiseDraft> promises = draft.promises() == null ? List.of()
				: draft.promises().stream().filter(p -> p != null && p.text() != null && !p.text().isBlank()).toList();
		for (VisitDraft.PromiseDraft p : promises) {
			tooLong(found, "promises", p.text(), 1000);
			if (p.dueOn() != null && draft.visitedOn() != null && p.dueOn().isBefore(draft.visitedOn())) {
				found.add(new RuleViolation("promises", "visit.promiseBeforeVisit"));
			}
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		UUID parkId = enterprise.parkId().value();
		Visit visit = Visit.record(parkId, draft, problems, actor.username(), clock.instant());
		for (VisitDraft.PromiseDraft p : promises) {
			FollowUp followUp = followUps.open(parkId, visit.enterpriseId(), FollowUpOrigin.VISIT_PROMISE, visit.id(),
					p.text().strip(), null, p.dueOn(), settings.promiseDueWorkingDays(), actor);
			visit.promise(p.text().strip(), p.dueOn(), followUp.id());
		}
		return visits.save(visit).id();
	}

	/** The park's visits, newest first; an enterprise user's own enterprise's only. */
	@Transactional(readOnly = true)
	public List<VisitView> ofPark(Actor actor, UUID parkId, @Nullable UUID enterpriseId) {
		if (!actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		UUID only = actor.role() == org.batterytown.shared.Role.ENTERPRISE ? actor.enterpriseId() : enterpriseId;
		List<Visit> found = only != null ? visits.findByEnterpriseIdOrderByVisitedOnDesc(only)
				: visits.findByParkIdOrderByVisitedOnDesc(parkId);
		Context context = new Context(parkId);
		return found.stream().filter(v -> v.parkId().equals(parkId)).map(context::view).toList();
	}

	@Transactional(readOnly = true)
	public VisitView get(Actor actor, UUID id) {
		Visit visit = readable(actor, id);
		return new Context(visit.parkId()).view(visit);
	}

	/**
	 * Files a problem of the visit as a business-environment ticket on the enterprise's behalf.
	 *
	 * @throws RuleViolations as {@code Tickets.file} (a category is needed)
	 */
	public UUID problemToTicket(Actor actor, UUID visitId, int position, @Nullable String category,
			long expectedVersion) {
		Visit visit = workable(actor, visitId, expectedVersion);
		VisitProblem problem = visit.problem(position);
		if (problem.taken()) {
			throw new RuleViolation("position", "visit.problemTaken");
		}
		String title = "走访反映：" + (problem.text().length() > 60 ? problem.text().substring(0, 60) + "…" : problem.text());
		UUID ticket = tickets.file(actor, new TicketDraft(visit.enterpriseId(), null, category, title,
				problem.text() + "\n\n（" + visit.visitedOn() + " 走访时提出 / raised in the visit of " + visit.visitedOn() + "）"));
		visit.problemBecame(position, ticket, null);
		visits.save(visit);
		return ticket;
	}

	/** Makes a problem of the visit a follow-up task, owned by {@code owner} (default: the liaison). */
	public UUID problemToFollowUp(Actor actor, UUID visitId, int position, @Nullable String owner,
			@Nullable LocalDate dueOn, long expectedVersion) {
		Visit visit = workable(actor, visitId, expectedVersion);
		VisitProblem problem = visit.problem(position);
		if (problem.taken()) {
			throw new RuleViolation("position", "visit.problemTaken");
		}
		if (dueOn != null && dueOn.isBefore(LocalDate.now(clock))) {
			throw new RuleViolation("dueOn", "followUp.duePast");
		}
		if (owner != null && owner.strip().length() > 100) {
			throw new RuleViolation("owner", "followUp.ownerLength");
		}
		FollowUp followUp = followUps.open(visit.parkId(), visit.enterpriseId(), FollowUpOrigin.VISIT_PROBLEM,
				visit.id(), problem.text(), owner, dueOn, settings.problemDueWorkingDays(), actor);
		visit.problemBecame(position, null, followUp.id());
		visits.save(visit);
		return followUp.id();
	}

	/** Opens an attraction lead from the visit's expansion plan, attributed to the enterprise. */
	public UUID expansionToLead(Actor actor, UUID visitId, long expectedVersion) {
		Visit visit = workable(actor, visitId, expectedVersion);
		visit.checkExpansionOpen();
		UUID lead = Expansions.open(attraction, enterprises, plans, actor, visit.enterpriseId(), visit.visitedOn(),
				visit.expansionPlan(), visit.expansionInvestment(), visit.expansionCapacity(), visit.expansionLink());
		visit.expansionBecame(lead);
		visits.save(visit);
		return lead;
	}

	private Visit readable(Actor actor, UUID id) {
		Visit visit = visits.findById(id).orElseThrow(() -> new NotFound("visit", id));
		if (!actor.canRead(visit.parkId(), visit.enterpriseId())) {
			throw new NotFound("visit", id);
		}
		return visit;
	}

	private Visit workable(Actor actor, UUID id, long expectedVersion) {
		Visit visit = readable(actor, id);
		if (!actor.actsForZone(visit.parkId())) {
			throw new NotAllowed("visit");
		}
		if (visit.version() != expectedVersion) {
			throw new StaleVersion("visit", id);
		}
		return visit;
	}

	private static List<String> texts(@Nullable List<String> raw) {
		return raw == null ? List.of()
				: raw.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
	}

	private static void tooLong(List<RuleViolation> found, String field, @Nullable String text, int max) {
		if (text != null && text.strip().length() > max) {
			found.add(new RuleViolation(field, "visit.tooLong", max));
		}
	}

	private static void negative(List<RuleViolation> found, String field, @Nullable BigDecimal value) {
		if (value != null && value.signum() < 0) {
			found.add(new RuleViolation(field, "visit.negative"));
		}
	}

	/** What the visits of a park show beside their own data: names, tickets, follow-ups. */
	private final class Context {

		private final Map<UUID, LocalizedText> names = new HashMap<>();

		private final Map<UUID, FollowUpView> followUpsById = new HashMap<>();

		private final UUID parkId;

		private @Nullable Map<UUID, TicketView> ticketsById;

		Context(UUID parkId) {
			this.parkId = parkId;
			names.putAll(enterprises.names(Actor.system(), parkId));
			followUps.ofPark(Actor.system(), parkId, false).forEach(f -> followUpsById.put(f.id(), f));
		}

		VisitView view(Visit v) {
			List<VisitView.Problem> problems = new ArrayList<>();
			List<VisitProblem> raw = v.problems();
			for (int i = 0; i < raw.size(); i++) {
				VisitProblem p = raw.get(i);
				TicketView ticket = p.ticketId() == null ? null : tickets().get(p.ticketId());
				FollowUpView task = p.followUpId() == null ? null : followUpsById.get(p.followUpId());
				problems.add(new VisitView.Problem(i, p.text(), p.ticketId(),
						ticket == null ? null : ticket.status().name(), p.followUpId(),
						task == null ? null : task.status(), task == null ? null : task.owner(),
						ticket != null ? ticket.dueOn() : task == null ? null : task.dueOn(),
						ticket != null ? ticket.overdue() : task != null && task.overdue()));
			}
			List<VisitView.Promise> promises = v.promises().stream().map(p -> {
				FollowUpView task = p.followUpId() == null ? null : followUpsById.get(p.followUpId());
				return new VisitView.Promise(p.text(), task == null ? p.dueOn() : task.dueOn(), p.followUpId(),
						task == null ? null : task.status(), task == null ? null : task.owner(),
						task != null && task.overdue());
			}).toList();
			return new VisitView(v.id(), v.parkId(), v.enterpriseId(), names.getOrDefault(v.enterpriseId(), new LocalizedText("?", null)),
					v.visitedOn(), v.visitors(), v.hosts(), v.topics(), v.notes(), problems, promises, v.expansionPlan(),
					v.expansionInvestment(), v.expansionCapacity(), v.expansionLink(), v.expansionLeadId(), v.createdAt(),
					v.createdBy(), v.version());
		}

		/** The park's tickets, read once per list: the system reads them, the visit's reader already may. */
		private Map<UUID, TicketView> tickets() {
			if (ticketsById == null) {
				ticketsById = new HashMap<>();
				tickets.list(Actor.system(), parkId).forEach(t -> ticketsById.put(t.id(), t));
			}
			return ticketsById;
		}

	}

}
