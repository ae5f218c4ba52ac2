package org.batterytown.identity;

import org.batterytown.park.ParkManagement;
import org.batterytown.park.ParkView;
import org.batterytown.shared.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the logged-in actor ({@code me}) and their park's name ({@code parkName}) into every page's
 * model, for the top bar and the menu.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentActorAdvice {

	private final ParkManagement parks;

	CurrentActorAdvice(ParkManagement parks) {
		this.parks = parks;
	}

	@ModelAttribute("me")
	@Nullable Actor me() {
		return ActorArgumentResolver.current();
	}

	/** The actor's park, or the first one an admin sees. */
	@ModelAttribute("parkName")
	@Nullable String parkName() {
		Actor actor = ActorArgumentResolver.current();
		if (actor == null) {
			return null;
		}
		return parks.list(actor).stream().findFirst().map(ParkView::name)
			.map(n -> n.in(LocaleContextHolder.getLocale())).orElse(null);
	}

}
