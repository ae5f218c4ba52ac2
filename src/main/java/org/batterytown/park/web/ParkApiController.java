package org.batterytown.park.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.batterytown.park.ParkDraft;
import org.batterytown.park.ParkId;
import org.batterytown.park.ParkManagement;
import org.batterytown.park.ParkView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.ExpectedVersion;
import org.batterytown.shared.PagedResult;
import org.batterytown.source.Citation;
import org.batterytown.source.CitationRequest;
import org.batterytown.source.SourceId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Parks and professional towns. Edits send the version they read in {@code If-Match}. */
@RestController
@RequestMapping("/api/v1/parks")
class ParkApiController {

	private final ParkManagement parks;

	ParkApiController(ParkManagement parks) {
		this.parks = parks;
	}

	@GetMapping
	PagedResult<ParkDto> list(Actor actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PagedResult.of(parks.list(actor), page, size).map(ParkDto::of);
	}

	@GetMapping("/{id}")
	ResponseEntity<ParkDto> get(Actor actor, @PathVariable UUID id) {
		return withVersion(parks.get(actor, new ParkId(id)));
	}

	@PostMapping
	ResponseEntity<ParkDto> register(Actor actor, @Valid @RequestBody ParkDraft draft) {
		ParkId id = parks.register(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/parks/" + id.value()))
			.body(ParkDto.of(parks.get(actor, id)));
	}

	@PutMapping("/{id}")
	ResponseEntity<ParkDto> update(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@Valid @RequestBody ParkDraft draft) {
		return withVersion(parks.update(actor, new ParkId(id), draft, ExpectedVersion.parse(version)));
	}

	@GetMapping("/{id}/citations")
	List<Citation> citations(Actor actor, @PathVariable UUID id) {
		return parks.citations(actor, new ParkId(id));
	}

	@PostMapping("/{id}/citations")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void cite(Actor actor, @PathVariable UUID id, @Valid @RequestBody CitationRequest request) {
		parks.cite(actor, new ParkId(id), new SourceId(request.sourceId()), request.field());
	}

	private static ResponseEntity<ParkDto> withVersion(ParkView park) {
		return ResponseEntity.ok().eTag(Long.toString(park.version())).body(ParkDto.of(park));
	}

}
