package org.batterytown.attraction.web;

import java.util.List;
import java.util.UUID;

import org.batterytown.attraction.AmbassadorDraft;
import org.batterytown.attraction.AmbassadorView;
import org.batterytown.attraction.EventDraft;
import org.batterytown.attraction.EventView;
import org.batterytown.attraction.Promotion;
import org.batterytown.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Promotion events and investment ambassadors of a park, each with the leads attributed to it and how
 * many of them were signed; an event also with what its source states in aggregate.
 */
@RestController
class PromotionApiController {

	private final Promotion promotion;

	PromotionApiController(Promotion promotion) {
		this.promotion = promotion;
	}

	@GetMapping("/api/v1/events")
	List<EventView> events(Actor actor, @RequestParam UUID parkId) {
		return promotion.events(actor, parkId);
	}

	@PostMapping("/api/v1/events")
	@ResponseStatus(HttpStatus.CREATED)
	List<EventView> recordEvent(Actor actor, @RequestBody EventDraft draft) {
		promotion.recordEvent(actor, draft);
		return promotion.events(actor, draft.parkId());
	}

	@GetMapping("/api/v1/ambassadors")
	List<AmbassadorView> ambassadors(Actor actor, @RequestParam UUID parkId) {
		return promotion.ambassadors(actor, parkId);
	}

	@PostMapping("/api/v1/ambassadors")
	@ResponseStatus(HttpStatus.CREATED)
	List<AmbassadorView> appoint(Actor actor, @RequestBody AmbassadorDraft draft) {
		promotion.appoint(actor, draft);
		return promotion.ambassadors(actor, draft.parkId());
	}

}
