package org.batterytown.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.calendar.Calendars;
import org.batterytown.calendar.WorkingCalendar;
import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zone's approval cases. Its staff open and work them; leaders read them; an enterprise reads the
 * cases of its own projects. Every clock counts in the working-day calendar.
 */
@Service
@Transactional
public class ApprovalCases {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final ApprovalCaseRepository cases;

	private final ItemCatalogue catalogue;

	private final ProjectManagement projects;

	private final Calendars calendars;

	private final ApprovalSettings settings;

	private final Clock clock;

	ApprovalCases(ApprovalCaseRepository cases, ItemCatalogue catalogue, ProjectManagement projects,
			Calendars calendars, ApprovalSettings settings, Clock clock) {
		this.cases = cases;
		this.catalogue = catalogue;
		this.projects = projects;
		this.calendars = calendars;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Opens a project's case with its whole checklist in one action.
	 *
	 * @throws RuleViolations naming every missing or wrong field; nothing is stored then
	 */
	public UUID open(Actor actor, OpenCase command) {
		if (actor.role() != org.batterytown.shared.Role.ADMIN && actor.role() != org.batterytown.shared.Role.STAFF) {
			throw new NotAllowed("approval case");
		}
		List<RuleViolation> found = new ArrayList<>();
		if (command.projectId() == null) {
			throw new RuleViolations(List.of(new RuleViolation("projectId", "approval.projectRequired")));
		}
		ProjectView project = projects.get(actor, new ProjectId(command.projectId()));
		if (!actor.actsForZone(project.parkId().value())) {
			throw new NotAllowed("approval case");
		}
		if (cases.findByProjectId(command.projectId()).isPresent()) {
			found.add(new RuleViolation("projectId", "approval.caseExists"));
		}
		if (command.mode() == null) {
			found.add(new RuleViolation("mode", "approval.modeRequired"));
		}
		if (command.eiaLevel() == null) {
			found.add(new RuleViolation("eiaLevel", "approval.eiaRequired"));
		}
		if (command.energyTce() != null && command.energyTce().signum() < 0) {
			found.add(new RuleViolation("energyTce", "lead.negative"));
		}
		if (command.leadAgent() == null || command.leadAgent().isBlank()) {
			found.add(new RuleViolation("leadAgent", "approval.leadAgentRequired"));
		}
		Map<String, String> officers = new LinkedHashMap<>();
		List<OpenCase.OfficerDraft> drafts = command.officers() == null ? List.of() : command.officers();
		for (int i = 0; i < drafts.size(); i++) {
			OpenCase.OfficerDraft o = drafts.get(i);
			boolean department = o.department() != null && !o.department().isBlank();
			boolean username = o.username() != null && !o.username().isBlank();
			// a department without a name is a row of the form not filled in yet: no officer named
			if (department && username) {
				officers.put(o.department().strip(), o.username().strip());
			}
			else if (username) {
				found.add(new RuleViolation("officers[" + i + "].department", "approval.officerIncomplete"));
			}
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		CaseProfile profile = new CaseProfile(Boolean.TRUE.equals(command.newLand()), command.eiaLevel(),
				command.energyTce(), Boolean.TRUE.equals(command.hazardous()), Boolean.TRUE.equals(command.specialFire()));
		List<ItemType> checklist = Checklist.of(profile, catalogue.all(), settings.energyReviewMinTce());
		String coAgent = command.coAgent() == null || command.coAgent().isBlank() ? null : command.coAgent().strip();
		return cases.save(ApprovalCase.open(project.parkId().value(), command.projectId(), command.mode(), profile,
				command.leadAgent().strip(), coAgent, officers, checklist, actor.username(), clock.instant())).id();
	}

	/** @throws RuleViolation if the item cannot take the action or a field is missing; nothing changes then */
	public CaseView act(Actor actor, UUID caseId, int position, ItemAction action, long expectedVersion) {
		ApprovalCase c = readable(actor, caseId);
		if (!actor.actsForZone(c.parkId())) {
			throw new NotAllowed("approval case");
		}
		if (c.version() != expectedVersion) {
			throw new StaleVersion("approval case", caseId);
		}
		if (action.kind() == null) {
			throw new RuleViolation("kind", "approval.actionRequired");
		}
		if (action.on() == null) {
			throw new RuleViolation("on", "approval.dateRequired");
		}
		if (action.on().isAfter(today())) {
			throw new RuleViolation("on", "approval.dateInFuture");
		}
		WorkingCalendar calendar = calendars.current();
		switch (action.kind()) {
			case START -> c.start(position, action.on(), calendar);
			case CLOSE -> c.close(position, action.on(), action.documentNo());
			case COMMIT -> {
				ItemType type = catalogue.byCode().get(c.typeCode(position));
				c.commit(position, action.on(), type.postCheckDays() == null ? 0 : type.postCheckDays(), calendar);
			}
			case POST_CHECK -> {
				if (action.kept() == null) {
					throw new RuleViolation("kept", "approval.postCheck.keptRequired");
				}
				c.postCheck(position, action.kept(), action.on(), action.result());
			}
		}
		return view(actor, cases.save(c));
	}

	@Transactional(readOnly = true)
	public CaseView get(Actor actor, UUID caseId) {
		return view(actor, readable(actor, caseId));
	}

	/** The case of a project, if it has one and the actor may read it. */
	@Transactional(readOnly = true)
	public java.util.Optional<CaseView> ofProject(Actor actor, UUID projectId) {
		return cases.findByProjectId(projectId).filter(c -> reads(actor, c)).map(c -> view(actor, c));
	}

	@Transactional(readOnly = true)
	public List<CaseView> ofPark(Actor actor, UUID parkId) {
		if (!actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		Map<String, ItemType> types = catalogue.byCode();
		WorkingCalendar calendar = calendars.current();
		return cases.findByParkIdOrderByCreatedAtAsc(parkId).stream().filter(c -> reads(actor, c))
			.map(c -> view(c, types, calendar)).toList();
	}

	/** The open items given to the actor, overdue first, then by due day; and post-checks still to make. */
	@Transactional(readOnly = true)
	public List<OfficerItem> mine(Actor actor) {
		List<OfficerItem> mine = new ArrayList<>();
		for (ApprovalCase c : cases.findAll()) {
			if (!reads(actor, c) || c.items().stream().noneMatch(i -> actor.username().equals(i.officer()))) {
				continue;
			}
			CaseView view = view(actor, c);
			view.items().stream()
				.filter(i -> actor.username().equals(i.officer()))
				.filter(i -> i.status() == ItemStatus.WAITING || i.status() == ItemStatus.RUNNING
						|| i.postCheckStatus() == PostCheckStatus.OPEN)
				.forEach(i -> mine.add(new OfficerItem(view.id(), view.projectName(), i)));
		}
		mine.sort(URGENT_FIRST);
		return mine;
	}

	/**
	 * What has gone up to the lead agents and the zone's leaders: items overdue by at least the configured
	 * working days, and post-checks past their due day.
	 */
	@Transactional(readOnly = true)
	public List<OfficerItem> escalated(Actor actor, UUID parkId) {
		List<OfficerItem> escalated = new ArrayList<>();
		for (CaseView c : ofPark(actor, parkId)) {
			c.items().stream()
				.filter(i -> (i.overdue() && i.overdueDays() != null
						&& i.overdueDays() >= settings.escalateAfterWorkingDays()) || i.postCheckOverdue())
				.forEach(i -> escalated.add(new OfficerItem(c.id(), c.projectName(), i)));
		}
		escalated.sort(URGENT_FIRST);
		return escalated;
	}

	/** The catalogue of items a checklist is drawn from, in its order. */
	@Transactional(readOnly = true)
	public List<ItemType> catalogue() {
		return catalogue.all();
	}

	/**
	 * Changes an item's limits as the zone's own lists arrive (admins only); cases opened later use them,
	 * running items keep the due day they were given.
	 *
	 * @throws RuleViolation naming a limit that is missing or negative
	 */
	public ItemType changeItemType(Actor actor, String code, ItemTypeChange change) {
		if (actor.role() != org.batterytown.shared.Role.ADMIN) {
			throw new NotAllowed("approval catalogue");
		}
		if (change.limitDays() == null || change.limitDays() < 0) {
			throw new RuleViolation("limitDays", "approval.catalogue.limit");
		}
		if (change.dayType() == null) {
			throw new RuleViolation("dayType", "approval.catalogue.dayType");
		}
		if ((change.promisedDays() != null && change.promisedDays() < 0)
				|| (change.postCheckDays() != null && change.postCheckDays() < 0)) {
			throw new RuleViolation("promisedDays", "lead.negative");
		}
		if (!catalogue.update(code, change.limitDays(), change.dayType(), change.promisedDays(),
				Boolean.TRUE.equals(change.commitment()), change.postCheckDays())) {
			throw new NotFound("approval item type", code);
		}
		return catalogue.byCode().get(code);
	}

	/** The yearly energy use from which a project needs its own energy review. */
	public java.math.BigDecimal energyReviewMinTce() {
		return settings.energyReviewMinTce();
	}

	public int escalateAfter() {
		return settings.escalateAfterWorkingDays();
	}

	/**
	 * Every project of the park that has signed, with its working days from signing to construction start
	 * (or so far), fastest first; not-yet-started projects after those that started.
	 */
	@Transactional(readOnly = true)
	public List<SigningToStart> signingToStart(Actor actor, UUID parkId) {
		if (!actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		WorkingCalendar calendar = calendars.current();
		Map<UUID, ApprovalMode> modes = new LinkedHashMap<>();
		cases.findByParkIdOrderByCreatedAtAsc(parkId).forEach(c -> modes.put(c.projectId(), c.mode()));
		List<SigningToStart> rows = new ArrayList<>();
		for (ProjectView p : projects.list(actor, new org.batterytown.project.ProjectFilter(null, null, null, parkId))) {
			LocalDate signed = Durations.signedOn(p, ZONE);
			if (signed == null) {
				continue;
			}
			LocalDate started = Durations.startedOn(p, ZONE);
			Integer days = calendar.elapsed(signed, started == null ? today() : started);
			rows.add(new SigningToStart(p.id().value(), p.name(), signed, started, days, started != null,
					modes.get(p.id().value())));
		}
		rows.sort(Comparator.comparing((SigningToStart r) -> !r.started())
			.thenComparing(SigningToStart::workingDays, Comparator.nullsLast(Comparator.naturalOrder())));
		return rows;
	}

	private static final Comparator<OfficerItem> URGENT_FIRST = Comparator
		.comparing((OfficerItem o) -> !(o.item().overdue() || o.item().postCheckOverdue()))
		.thenComparing(o -> o.item().dueOn() != null ? o.item().dueOn() : o.item().postCheckDue(),
				Comparator.nullsLast(Comparator.naturalOrder()));

	private ApprovalCase readable(Actor actor, UUID caseId) {
		return cases.findById(caseId).filter(c -> reads(actor, c)).orElseThrow(() -> new NotFound("approval case", caseId));
	}

	private boolean reads(Actor actor, ApprovalCase c) {
		if (!actor.canSeePark(c.parkId())) {
			return false;
		}
		if (actor.role() != org.batterytown.shared.Role.ENTERPRISE) {
			return true;
		}
		ProjectView project = projects.get(org.batterytown.shared.Actor.system(), new ProjectId(c.projectId()));
		return actor.canRead(c.parkId(), project.enterpriseId().value());
	}

	private CaseView view(Actor actor, ApprovalCase c) {
		return view(c, catalogue.byCode(), calendars.current());
	}

	private CaseView view(ApprovalCase c, Map<String, ItemType> types, WorkingCalendar calendar) {
		ProjectView project = projects.get(Actor.system(), new ProjectId(c.projectId()));
		return c.view(project.name(), types, today(), calendar);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

}
