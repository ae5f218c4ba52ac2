package org.batterytown.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.park.ParkDraft;
import org.batterytown.shared.Actor;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * A page asked without what it needs to answer (an admin, who sees every park, closing a month without
 * naming the park once there are two) gets a 400 page, not a server error.
 */
class BadParameterPageTests extends IntegrationTest {

	@Test
	void anAdminOfSeveralParksNamingNoneGetsA400Page() throws Exception {
		if (parks.list(Actor.system()).size() < 2) {
			String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
			parks.register(Actor.system(), new ParkDraft("P-" + suffix, "第二园区 " + suffix, null, null, null, null, null,
					null, null, null, null, null, null, null, null));
		}
		mvc.perform(post("/stats/months/2099-01/close").with(loggedIn("admin")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("<html")));
	}

}
