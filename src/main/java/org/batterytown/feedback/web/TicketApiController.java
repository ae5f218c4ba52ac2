package org.batterytown.feedback.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.feedback.DepartmentRow;
import org.batterytown.feedback.TicketDraft;
import org.batterytown.feedback.TicketView;
import org.batterytown.feedback.Tickets;
import org.batterytown.shared.Actor;
import org.batterytown.shared.ExpectedVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Business-environment tickets: file, route, answer, rate (with the version read in {@code If-Match}),
 * attachments, and the statistics per department. Enterprise users see and file only their own.
 */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketApiController {

	private final Tickets tickets;

	TicketApiController(Tickets tickets) {
		this.tickets = tickets;
	}

	@GetMapping
	List<TicketView> list(Actor actor, @RequestParam UUID parkId) {
		return tickets.list(actor, parkId);
	}

	@PostMapping
	ResponseEntity<TicketView> file(Actor actor, @RequestBody TicketDraft draft) {
		UUID id = tickets.file(actor, draft);
		TicketView view = tickets.get(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + id)).eTag(Long.toString(view.version())).body(view);
	}

	@GetMapping("/{id}")
	ResponseEntity<TicketView> get(Actor actor, @PathVariable UUID id) {
		return withVersion(tickets.get(actor, id));
	}

	@PostMapping("/{id}/routing")
	ResponseEntity<TicketView> route(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@RequestBody Routing body) {
		return withVersion(tickets.route(actor, id, body.department(), ExpectedVersion.parse(version)));
	}

	@PostMapping("/{id}/answers")
	ResponseEntity<TicketView> answer(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@RequestBody Answer body) {
		return withVersion(tickets.answer(actor, id, body.text(), ExpectedVersion.parse(version)));
	}

	@PostMapping("/{id}/ratings")
	ResponseEntity<TicketView> rate(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@RequestBody Rating body) {
		return withVersion(tickets.rate(actor, id, body.rating(), body.reason(), ExpectedVersion.parse(version)));
	}

	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, UUID>> attach(Actor actor, @PathVariable UUID id, @RequestParam("file") MultipartFile file)
			throws IOException {
		UUID attachment = tickets.attach(actor, id, file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/attachments/" + attachment))
			.body(Map.of("id", attachment));
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(Actor actor, @PathVariable UUID id, @PathVariable UUID attachmentId) {
		return Downloads.of(tickets.attachment(actor, id, attachmentId));
	}

	@GetMapping("/categories")
	java.util.Collection<org.batterytown.feedback.Category> categories() {
		return tickets.categories().values();
	}

	/** Admins change a category's response limit in working days. */
	@org.springframework.web.bind.annotation.PutMapping("/categories/{code}")
	org.batterytown.feedback.Category changeCategory(Actor actor, @PathVariable String code, @RequestBody CategoryChange body) {
		return tickets.changeCategory(actor, code, body.responseDays());
	}

	record CategoryChange(@Nullable Integer responseDays) {
	}

	@GetMapping("/stats")
	List<DepartmentRow> stats(Actor actor, @RequestParam UUID parkId) {
		return tickets.stats(actor, parkId);
	}

	record Routing(@Nullable String department) {
	}

	record Answer(@Nullable String text) {
	}

	record Rating(@Nullable Integer rating, @Nullable String reason) {
	}

	private static ResponseEntity<TicketView> withVersion(TicketView view) {
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

}
