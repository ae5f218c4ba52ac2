package org.batterytown.attraction.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.batterytown.attraction.AttractionManagement;
import org.batterytown.attraction.FunnelGrouping;
import org.batterytown.attraction.FunnelRow;
import org.batterytown.attraction.LeadFunnel;
import org.batterytown.attraction.LeadDraft;
import org.batterytown.attraction.LeadStageChange;
import org.batterytown.attraction.LeadView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.ExpectedVersion;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The investment pipeline's leads. Staff of the park see investors' names; leaders see code names
 * only; enterprise users get 404. Changes send the version they read in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/leads")
class LeadApiController {

	private final AttractionManagement attraction;

	private final LeadFunnel funnel;

	LeadApiController(AttractionManagement attraction, LeadFunnel funnel) {
		this.attraction = attraction;
		this.funnel = funnel;
	}

	@GetMapping
	List<LeadView> ofPark(Actor actor, @RequestParam UUID parkId) {
		return attraction.ofPark(actor, parkId);
	}

	/**
	 * Deals followed past signing: how many reached each step to production, 开工率 / 投产率 / 达产率 and
	 * the median days between steps, for all leads or by {@code SOURCE}, {@code EVENT}, {@code AMBASSADOR}
	 * or {@code LINK}.
	 */
	@GetMapping("/funnel")
	List<FunnelRow> funnel(Actor actor, @RequestParam UUID parkId,
			@RequestParam(defaultValue = "ALL") FunnelGrouping by) {
		return funnel.of(actor, parkId, by);
	}

	@PostMapping
	ResponseEntity<LeadView> open(Actor actor, @RequestBody LeadDraft draft) {
		UUID id = attraction.open(actor, draft);
		LeadView view = attraction.get(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/leads/" + id)).eTag(Long.toString(view.version())).body(view);
	}

	@GetMapping("/{id}")
	ResponseEntity<LeadView> get(Actor actor, @PathVariable UUID id) {
		return withVersion(attraction.get(actor, id));
	}

	@PutMapping("/{id}")
	ResponseEntity<LeadView> update(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@RequestBody LeadDraft draft) {
		return withVersion(attraction.update(actor, id, draft, ExpectedVersion.parse(version)));
	}

	/** Moves the lead one stage on (or to lost), with what the target stage's gate asks for. */
	@PostMapping("/{id}/stage-transitions")
	ResponseEntity<LeadView> moveStage(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@RequestBody LeadStageChange change) {
		return withVersion(attraction.moveStage(actor, id, change, ExpectedVersion.parse(version)));
	}

	private static ResponseEntity<LeadView> withVersion(LeadView view) {
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

}
