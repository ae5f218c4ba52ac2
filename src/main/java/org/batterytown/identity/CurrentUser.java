package org.batterytown.identity;

import org.batterytown.park.ParkManagement;
import org.batterytown.park.ParkView;
import org.batterytown.shared.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the page layout shows of the logged-in user; templates use it as {@code @currentUser}. */
@Component("currentUser")
public class CurrentUser {

	private final ParkManagement parks;

	CurrentUser(ParkManagement parks) {
		this.parks = parks;
	}

	/** The name of the user's park (an admin's first park), in the page's language; none when logged out. */
	public @Nullable String parkName() {
		Actor actor = ActorArgumentResolver.current();
		if (actor == null) {
			return null;
		}
		return parks.list(actor)
			.stream()
			.findFirst()
			.map(ParkView::name)
			.map(name -> name.in(LocaleContextHolder.getLocale()))
			.orElse(null);
	}

}
