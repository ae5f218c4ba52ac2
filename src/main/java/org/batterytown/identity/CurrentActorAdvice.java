package org.batterytown.identity;

import org.batterytown.shared.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in actor into every page's model as {@code me}, for the top bar and the menu. */
@ControllerAdvice(annotations = Controller.class)
class CurrentActorAdvice {

	@ModelAttribute("me")
	@Nullable Actor me() {
		return ActorArgumentResolver.current();
	}

}
