package org.batterytown.retention.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.retention.VisitDraft;
import org.batterytown.retention.VisitView;
import org.batterytown.retention.Visits;
import org.batterytown.shared.Actor;
import org.batterytown.shared.ExpectedVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Visits (走访): record one; turn a problem raised into a ticket or a follow-up and an expansion plan
 * into a lead (each with the visit's version in {@code If-Match}). Enterprise users read their own.
 */
@RestController
@RequestMapping("/api/v1/visits")
class VisitApiController {

	private final Visits visits;

	VisitApiController(Visits visits) {
		this.visits = visits;
	}

	@GetMapping
	List<VisitView> list(Actor actor, @RequestParam UUID parkId, @RequestParam(required = false) @Nullable UUID enterpriseId) {
		return visits.ofPark(actor, parkId, enterpriseId);
	}

	@PostMapping
	ResponseEntity<VisitView> record(Actor actor, @RequestBody VisitDraft draft) {
		UUID id = visits.record(actor, draft);
		VisitView view = visits.get(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/visits/" + id)).eTag(Long.toString(view.version())).body(view);
	}

	@GetMapping("/{id}")
	ResponseEntity<VisitView> get(Actor actor, @PathVariable UUID id) {
		VisitView view = visits.get(actor, id);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	/** A problem becomes a business-environment ticket of the given category. */
	@PostMapping("/{id}/problems/{position}/ticket")
	ResponseEntity<Map<String, UUID>> toTicket(Actor actor, @PathVariable UUID id, @PathVariable int position,
			@RequestHeader("If-Match") String version, @RequestBody TicketRequest body) {
		UUID ticket = visits.problemToTicket(actor, id, position, body.category(), ExpectedVersion.parse(version));
		return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket)).body(Map.of("ticketId", ticket));
	}

	/** A problem becomes a follow-up task (owner and due day optional: the liaison, the default days). */
	@PostMapping("/{id}/problems/{position}/follow-up")
	ResponseEntity<Map<String, UUID>> toFollowUp(Actor actor, @PathVariable UUID id, @PathVariable int position,
			@RequestHeader("If-Match") String version, @RequestBody FollowUpRequest body) {
		UUID followUp = visits.problemToFollowUp(actor, id, position, body.owner(), body.dueOn(),
				ExpectedVersion.parse(version));
		return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + followUp)).body(Map.of("followUpId", followUp));
	}

	@PostMapping("/{id}/expansion/lead")
	ResponseEntity<Map<String, UUID>> toLead(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version) {
		UUID lead = visits.expansionToLead(actor, id, ExpectedVersion.parse(version));
		return ResponseEntity.created(URI.create("/api/v1/leads/" + lead)).body(Map.of("leadId", lead));
	}

	record TicketRequest(@Nullable String category) {
	}

	record FollowUpRequest(@Nullable String owner, @Nullable LocalDate dueOn) {
	}

}
