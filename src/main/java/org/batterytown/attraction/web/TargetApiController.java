package org.batterytown.attraction.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.attraction.AttractionManagement;
import org.batterytown.attraction.CandidateDraft;
import org.batterytown.attraction.LeadView;
import org.batterytown.attraction.TargetList;
import org.batterytown.attraction.TargetRow;
import org.batterytown.shared.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The target list: links to attract with their shortfall, the zone's own words and the candidate
 * investors ranked (names for the zone's staff only). Staff record candidates and take one up as a lead.
 */
@RestController
@RequestMapping("/api/v1/targets")
class TargetApiController {

	private final TargetList targets;

	private final AttractionManagement attraction;

	TargetApiController(TargetList targets, AttractionManagement attraction) {
		this.targets = targets;
		this.attraction = attraction;
	}

	@GetMapping
	List<TargetRow> list(Actor actor, @RequestParam UUID parkId) {
		return targets.of(actor, parkId);
	}

	@PostMapping("/candidates")
	ResponseEntity<Map<String, UUID>> record(Actor actor, @RequestBody CandidateDraft draft) {
		UUID id = targets.record(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/targets?parkId=" + draft.parkId())).body(Map.of("id", id));
	}

	/** Opens a lead from the candidate under {@code codeName}; answers the lead. */
	@PostMapping("/candidates/{id}/lead")
	ResponseEntity<LeadView> takeUp(Actor actor, @PathVariable UUID id, @RequestBody TakeUp body) {
		UUID lead = targets.takeUp(actor, id, body.codeName());
		LeadView view = attraction.get(actor, lead);
		return ResponseEntity.created(URI.create("/api/v1/leads/" + lead)).eTag(Long.toString(view.version())).body(view);
	}

	record TakeUp(@Nullable String codeName) {
	}

}
