package org.batterytown.stats.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.Actor;
import org.batterytown.stats.IndustryFigure;
import org.batterytown.stats.IndustryFigureDraft;
import org.batterytown.stats.IndustryFigures;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/**
 * The county's industry table: annual output value per industry with basis (stated, derived, entered)
 * and source; growth and rank computed from the stored figures.
 */
@RestController
@RequestMapping("/api/v1/stats/industry-figures")
class IndustryApiController {

	private final IndustryFigures figures;

	IndustryApiController(IndustryFigures figures) {
		this.figures = figures;
	}

	@GetMapping
	List<IndustryFigure> list(Actor actor, @RequestParam UUID parkId) {
		return figures.of(actor, parkId);
	}

	@PostMapping
	ResponseEntity<IndustryFigure> enter(Actor actor, @Valid @RequestBody IndustryFigureDraft draft) {
		UUID id = figures.enter(actor, draft);
		IndustryFigure created = figures.of(actor, draft.parkId()).stream().filter(f -> f.id().equals(id)).findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/stats/industry-figures?parkId=" + draft.parkId())).body(created);
	}

}
