package org.batterytown.identity;

import org.batterytown.shared.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the logged-in actor ({@code me}) into every page's model, for the top bar and the menu. It only
 * reads the security context; what needs the database is asked by the layout itself
 * ({@link CurrentUser}), so JSON requests pay nothing for it.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentActorAdvice {

	@ModelAttribute("me")
	@Nullable Actor me() {
		return ActorArgumentResolver.current();
	}

}
