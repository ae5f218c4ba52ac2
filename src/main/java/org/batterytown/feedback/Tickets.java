package org.batterytown.feedback;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.calendar.Calendars;
import org.batterytown.calendar.WorkingCalendar;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.LocalizedText;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The park's tickets. An enterprise files and reads its own and rates the answers; the zone's staff file
 * on an enterprise's behalf, route and answer; leaders read all of the park. Clocks count working days.
 */
@Service
@Transactional
public class Tickets {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final TicketRepository tickets;

	private final JdbcClient jdbc;

	private final EnterpriseManagement enterprises;

	private final ProjectManagement projects;

	private final Calendars calendars;

	private final FeedbackSettings settings;

	private final Clock clock;

	Tickets(TicketRepository tickets, JdbcClient jdbc, EnterpriseManagement enterprises, ProjectManagement projects,
			Calendars calendars, FeedbackSettings settings, Clock clock) {
		this.tickets = tickets;
		this.jdbc = jdbc;
		this.enterprises = enterprises;
		this.projects = projects;
		this.calendars = calendars;
		this.settings = settings;
		this.clock = clock;
	}

	/** @throws RuleViolations naming every missing or wrong field; nothing is stored then */
	public UUID file(Actor actor, TicketDraft draft) {
		if (actor.role() == Role.VIEWER) {
			throw new NotAllowed("ticket");
		}
		UUID enterpriseId = actor.role() == Role.ENTERPRISE ? actor.enterpriseId() : draft.enterpriseId();
		List<RuleViolation> found = new ArrayList<>();
		EnterpriseView enterprise = null;
		if (enterpriseId == null) {
			found.add(new RuleViolation("enterpriseId", "ticket.enterpriseRequired"));
		}
		else {
			enterprise = enterprises.get(actor, new EnterpriseId(enterpriseId));
			if (actor.role() != Role.ENTERPRISE && !actor.actsForZone(enterprise.parkId().value())) {
				throw new NotAllowed("ticket");
			}
		}
		Category category = draft.category() == null ? null : categories().get(draft.category());
		if (category == null) {
			found.add(new RuleViolation("category", "ticket.categoryRequired"));
		}
		if (draft.title() == null || draft.title().isBlank() || draft.title().strip().length() > 200) {
			found.add(new RuleViolation("title", "ticket.titleRequired"));
		}
		if (draft.description() == null || draft.description().isBlank() || draft.description().strip().length() > 4000) {
			found.add(new RuleViolation("description", "ticket.descriptionRequired"));
		}
		if (draft.projectId() != null && enterpriseId != null) {
			ProjectView project = projects.get(Actor.system(), new ProjectId(draft.projectId()));
			if (!project.enterpriseId().value().equals(enterpriseId)) {
				found.add(new RuleViolation("projectId", "ticket.projectNotOwn"));
			}
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		return tickets.save(Ticket.file(enterprise.parkId().value(), enterpriseId, draft.projectId(), category,
				draft.title(), draft.description(), today(), calendars.current(), actor.username(), clock.instant())).id();
	}

	/**
	 * Files a ticket with its first attachment in one transaction: a refused attachment leaves no ticket.
	 *
	 * @throws RuleViolations or RuleViolation as {@link #file} and {@link #attach} do
	 */
	public UUID fileWith(Actor actor, TicketDraft draft, @Nullable String filename, byte @Nullable [] bytes) {
		UUID id = file(actor, draft);
		if (bytes != null && bytes.length > 0) {
			attach(actor, id, filename, bytes);
		}
		return id;
	}

	public TicketView route(Actor actor, UUID id, @Nullable String department, long expectedVersion) {
		Ticket t = workable(actor, id, expectedVersion);
		if (department == null || !departments().contains(department)) {
			throw new RuleViolation("department", "ticket.departmentUnknown");
		}
		t.route(department, actor.username(), clock.instant());
		return view(tickets.save(t));
	}

	public TicketView answer(Actor actor, UUID id, @Nullable String text, long expectedVersion) {
		Ticket t = workable(actor, id, expectedVersion);
		if (text == null || text.isBlank() || text.strip().length() > 4000) {
			throw new RuleViolation("answer", "ticket.answerRequired");
		}
		t.answer(text, today(), actor.username(), clock.instant());
		return view(tickets.save(t));
	}

	/** The filing enterprise rates the answer; a poor rating with a reason reopens the ticket. */
	public TicketView rate(Actor actor, UUID id, @Nullable Integer rating, @Nullable String reason,
			long expectedVersion) {
		Ticket t = readable(actor, id);
		if (actor.role() != Role.ENTERPRISE || !t.enterpriseId().equals(actor.enterpriseId())) {
			throw new NotAllowed("ticket rating");
		}
		if (t.version() != expectedVersion) {
			throw new StaleVersion("ticket", id);
		}
		if (rating == null) {
			throw new RuleViolation("rating", "ticket.ratingRange");
		}
		t.rate(rating, reason, settings.maxReopens(), categories().get(t.category()).responseDays(), today(),
				calendars.current(), actor.username(), clock.instant());
		return view(tickets.save(t));
	}

	@Transactional(readOnly = true)
	public TicketView get(Actor actor, UUID id) {
		return view(readable(actor, id));
	}

	/** The park's tickets for the zone and its leaders; an enterprise's own for an enterprise user. */
	@Transactional(readOnly = true)
	public List<TicketView> list(Actor actor, UUID parkId) {
		if (!actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		List<Ticket> found = actor.role() == Role.ENTERPRISE
				? tickets.findByEnterpriseIdOrderByCreatedAtDesc(actor.enterpriseId())
				: tickets.findByParkIdOrderByCreatedAtDesc(parkId);
		return found.stream().map(views(parkId)).toList();
	}

	/** A project's tickets still awaiting an answer past their due day, for its page and the monthly report. */
	@Transactional(readOnly = true)
	public List<TicketView> overdueOfProject(Actor actor, UUID projectId) {
		List<Ticket> found = tickets.findByProjectId(projectId).stream().filter(t -> reads(actor, t)).toList();
		return found.isEmpty() ? List.of()
				: found.stream().map(views(found.get(0).parkId())).filter(TicketView::overdue).toList();
	}

	/** Per project of the park, its tickets unanswered past their due day: for the monthly report. */
	@Transactional(readOnly = true)
	public List<ProjectOverdue> overdueByProject(Actor actor, UUID parkId) {
		if (actor.role() == Role.ENTERPRISE || !actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		Map<UUID, List<TicketView>> byProject = new LinkedHashMap<>();
		java.util.function.Function<Ticket, TicketView> view = views(parkId);
		for (Ticket t : tickets.findByParkIdOrderByCreatedAtDesc(parkId)) {
			if (t.projectId() != null && t.status().awaitingAnswer() && today().isAfter(t.dueOn())) {
				byProject.computeIfAbsent(t.projectId(), p -> new ArrayList<>()).add(view.apply(t));
			}
		}
		List<ProjectOverdue> rows = new ArrayList<>();
		byProject.forEach((project, views) -> rows.add(new ProjectOverdue(project, views.get(0).projectName(),
				views.size(), views.stream().mapToInt(v -> v.overdueDays() == null ? 0 : v.overdueDays()).max().orElse(0))));
		return rows;
	}

	@Transactional(readOnly = true)
	public List<DepartmentRow> stats(Actor actor, UUID parkId) {
		if (actor.role() == Role.ENTERPRISE || !actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		LocalDate today = today();
		WorkingCalendar calendar = calendars.current();
		List<DepartmentStats.Fact> facts = new ArrayList<>();
		for (Ticket t : tickets.findByParkIdOrderByCreatedAtDesc(parkId)) {
			facts.add(new DepartmentStats.Fact(t.department(), t.firstAnsweredOn() != null, t.answeredLate(),
					t.firstAnsweredOn() == null ? null : calendar.elapsed(t.filedOn(), t.firstAnsweredOn()),
					t.status().awaitingAnswer() && today.isAfter(t.dueOn()), t.rating()));
		}
		return DepartmentStats.of(facts);
	}

	@Transactional(readOnly = true)
	public Map<String, Category> categories() {
		Map<String, Category> byCode = new LinkedHashMap<>();
		jdbc.sql("select code, name_zh, name_en, response_days, basis from ticket_category order by position")
			.query((rs, n) -> new Category(rs.getString("code"), new LocalizedText(rs.getString("name_zh"),
					rs.getString("name_en")), rs.getInt("response_days"), rs.getString("basis")))
			.list()
			.forEach(c -> byCode.put(c.code(), c));
		return byCode;
	}

	/**
	 * Changes a category's response limit (admins only); tickets filed later use it.
	 *
	 * @throws RuleViolation naming "responseDays" unless it is 1 or more
	 */
	public Category changeCategory(Actor actor, String code, @Nullable Integer responseDays) {
		if (actor.role() != Role.ADMIN) {
			throw new NotAllowed("ticket category");
		}
		if (responseDays == null || responseDays < 1) {
			throw new RuleViolation("responseDays", "ticket.category.days");
		}
		int updated = jdbc.sql("update ticket_category set response_days = :days where code = :code")
			.param("days", responseDays).param("code", code).update();
		if (updated == 0) {
			throw new NotFound("ticket category", code);
		}
		return categories().get(code);
	}

	@Transactional(readOnly = true)
	public List<String> departments() {
		return jdbc.sql("select name from feedback_department order by position").query(String.class).list();
	}

	/**
	 * Attaches a file to a ticket: the filing enterprise or the zone's staff, within the size and count
	 * limits, of a type its bytes show to be PDF, PNG, JPEG, Word or Excel.
	 *
	 * @throws RuleViolation naming "file" when the file is empty, too large, one too many or of another type
	 */
	public UUID attach(Actor actor, UUID ticketId, @Nullable String filename, byte[] bytes) {
		Ticket t = readable(actor, ticketId);
		boolean owner = actor.role() == Role.ENTERPRISE && t.enterpriseId().equals(actor.enterpriseId());
		if (!owner && !actor.actsForZone(t.parkId())) {
			throw new NotAllowed("ticket attachment");
		}
		if (bytes.length == 0) {
			throw new RuleViolation("file", "ticket.attachment.empty");
		}
		if (bytes.length > settings.attachmentMaxBytes()) {
			throw new RuleViolation("file", "ticket.attachment.tooLarge", settings.attachmentMaxBytes() / (1024 * 1024));
		}
		if (attachments(ticketId).size() >= settings.attachmentsPerTicket()) {
			throw new RuleViolation("file", "ticket.attachment.tooMany", settings.attachmentsPerTicket());
		}
		String name = AttachmentTypes.cleanName(filename == null ? "" : filename);
		String type = AttachmentTypes.of(bytes, name)
			.orElseThrow(() -> new RuleViolation("file", "ticket.attachment.type"));
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into ticket_attachment (id, ticket_id, filename, content_type, size_bytes, sha256, content,
				    created_at, created_by)
				values (:id, :ticket, :name, :type, :size, :sha, :content, :at, :by)""")
			.param("id", id).param("ticket", ticketId).param("name", name).param("type", type)
			.param("size", bytes.length).param("sha", sha256(bytes)).param("content", bytes)
			.param("at", Timestamp.from(clock.instant())).param("by", actor.username()).update();
		return id;
	}

	/** An attachment's bytes, for those who may read its ticket. */
	@Transactional(readOnly = true)
	public Attachment attachment(Actor actor, UUID ticketId, UUID attachmentId) {
		readable(actor, ticketId);
		return jdbc.sql("select filename, content_type, content from ticket_attachment where id = :id and ticket_id = :ticket")
			.param("id", attachmentId).param("ticket", ticketId)
			.query((rs, n) -> new Attachment(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new NotFound("attachment", attachmentId));
	}

	/** An attachment as served: its cleaned name, the type its bytes showed, and the bytes. */
	public record Attachment(String filename, String contentType, byte[] content) {
	}

	private List<AttachmentInfo> attachments(UUID ticketId) {
		return jdbc.sql("""
				select id, filename, content_type, size_bytes, created_at, created_by from ticket_attachment
				where ticket_id = :ticket order by created_at""")
			.param("ticket", ticketId)
			.query((rs, n) -> new AttachmentInfo(rs.getObject("id", UUID.class), rs.getString("filename"),
					rs.getString("content_type"), rs.getInt("size_bytes"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by")))
			.list();
	}

	private Ticket workable(Actor actor, UUID id, long expectedVersion) {
		Ticket t = readable(actor, id);
		if (!actor.actsForZone(t.parkId())) {
			throw new NotAllowed("ticket");
		}
		if (t.version() != expectedVersion) {
			throw new StaleVersion("ticket", id);
		}
		return t;
	}

	private Ticket readable(Actor actor, UUID id) {
		return tickets.findById(id).filter(t -> reads(actor, t)).orElseThrow(() -> new NotFound("ticket", id));
	}

	private static boolean reads(Actor actor, Ticket t) {
		return actor.canRead(t.parkId(), t.enterpriseId());
	}

	private TicketView view(Ticket t) {
		return views(t.parkId()).apply(t);
	}

	/**
	 * Turns a park's tickets into views with what they share read once: the categories, the
	 * enterprises' names, the calendar and each project's name, instead of once per ticket.
	 */
	private java.util.function.Function<Ticket, TicketView> views(UUID parkId) {
		Map<String, Category> categories = categories();
		Map<UUID, LocalizedText> names = enterprises.names(Actor.system(), parkId);
		Map<UUID, LocalizedText> projectNames = new java.util.HashMap<>();
		WorkingCalendar calendar = calendars.current();
		LocalDate today = today();
		return t -> {
			LocalizedText project = t.projectId() == null ? null : projectNames.computeIfAbsent(t.projectId(),
					id -> projects.get(Actor.system(), new ProjectId(id)).name());
			return t.view(new Ticket.Names(names.get(t.enterpriseId()), project), categories.get(t.category()),
					attachments(t.id()), today, calendar);
		};
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

}
