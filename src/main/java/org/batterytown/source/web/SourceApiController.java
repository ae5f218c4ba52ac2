package org.batterytown.source.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.Role;
import org.batterytown.source.Source;
import org.batterytown.source.SourceDraft;
import org.batterytown.source.SourceId;
import org.batterytown.source.Sources;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Published sources that figures cite. */
@RestController
@RequestMapping("/api/v1/sources")
class SourceApiController {

	private final Sources sources;

	SourceApiController(Sources sources) {
		this.sources = sources;
	}

	@GetMapping
	List<Source> list() {
		return sources.all();
	}

	@PostMapping
	ResponseEntity<Source> register(Actor actor, @Valid @RequestBody SourceDraft draft) {
		if (actor.role() == Role.VIEWER) {
			throw new NotAllowed("register a source");
		}
		SourceId id = sources.register(draft);
		return ResponseEntity.created(URI.create("/api/v1/sources/" + id.value())).body(sources.get(id));
	}

}
