package org.batterytown.land.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.batterytown.land.LandParcels;
import org.batterytown.land.ParcelDraft;
import org.batterytown.land.ParcelView;
import org.batterytown.land.ReviewView;
import org.batterytown.land.StatusChange;
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
 * Standard land: parcels with their indicators, reservation and transfer (with the version read in
 * {@code If-Match}), the park map as GeoJSON, and the nameplate review of a parcel for a year.
 */
@RestController
@RequestMapping("/api/v1/land")
class LandApiController {

	private final LandParcels land;

	LandApiController(LandParcels land) {
		this.land = land;
	}

	@GetMapping("/parcels")
	List<ParcelView> ofPark(Actor actor, @RequestParam UUID parkId) {
		return land.ofPark(actor, parkId);
	}

	@PostMapping("/parcels")
	ResponseEntity<ParcelView> register(Actor actor, @RequestBody ParcelDraft draft) {
		UUID id = land.register(actor, draft);
		ParcelView view = land.get(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/land/parcels/" + id)).eTag(Long.toString(view.version()))
			.body(view);
	}

	@GetMapping("/parcels/{id}")
	ResponseEntity<ParcelView> get(Actor actor, @PathVariable UUID id) {
		ParcelView view = land.get(actor, id);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	@PostMapping("/parcels/{id}/status")
	ResponseEntity<ParcelView> changeStatus(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@RequestBody StatusChange change) {
		ParcelView view = land.changeStatus(actor, id, change, ExpectedVersion.parse(version));
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	/** The review without keeping it; the as-built ratios are query parameters. */
	@GetMapping("/parcels/{id}/review")
	ReviewView review(Actor actor, @PathVariable UUID id, @RequestParam int year,
			@RequestParam(required = false) @Nullable Double plotRatio,
			@RequestParam(required = false) @Nullable Double buildingCoefficient,
			@RequestParam(required = false) @Nullable Double greenRatio) {
		return land.review(actor, id, year, plotRatio, buildingCoefficient, greenRatio);
	}

	@PostMapping("/parcels/{id}/reviews")
	ReviewView recordReview(Actor actor, @PathVariable UUID id, @RequestBody ReviewRequest body) {
		return land.recordReview(actor, id, body.year() == null ? 0 : body.year(), body.plotRatio(),
				body.buildingCoefficient(), body.greenRatio());
	}

	@GetMapping(path = "/map", produces = { "application/geo+json", "application/json" })
	String map(Actor actor, @RequestParam UUID parkId) {
		return land.map(actor, parkId);
	}

	record ReviewRequest(@Nullable Integer year, @Nullable Double plotRatio, @Nullable Double buildingCoefficient,
			@Nullable Double greenRatio) {
	}

}
