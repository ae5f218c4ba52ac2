package org.batterytown.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.batterytown.IntegrationTest;
import org.batterytown.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The headers every answer carries, CSRF on forms, and what the actuator tells strangers. */
class HardeningTests extends IntegrationTest {

	@Test
	void pagesCarryAStrictContentSecurityPolicyAndTheApiOneThatLoadsNothing() throws Exception {
		String staff = ensureUser("hardening-staff", Role.STAFF, pingding().id().value(), null);
		mvc.perform(get("/").with(loggedIn(staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", Matchers.not(Matchers.containsString("unsafe-eval"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", Matchers.startsWith("default-src 'self'")));
		var api = api().get("/api/v1/parks", "admin", ADMIN_PASSWORD);
		assertThat(api.status()).isEqualTo(200);
		mvc.perform(get("/api/v1/parks").with(loggedIn(staff)))
			.andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"));
		mvc.perform(get("/swagger-ui/index.html").with(loggedIn(staff)))
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("style-src 'self' 'unsafe-inline'")));
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
		String staff = ensureUser("hardening-staff", Role.STAFF, pingding().id().value(), null);
		mvc.perform(post("/leads").with(loggedIn(staff)).param("parkId", pingding().id().value().toString())
			.param("codeName", "无令牌"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/leads").with(loggedIn(staff)).with(csrf()).param("parkId", pingding().id().value().toString()))
			.andExpect(status().isOk());
	}

	@Test
	void theActuatorTellsStrangersOnlyWhetherTheAppIsUp() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(Matchers.not(Matchers.containsString("components"))));
		for (String path : new String[] { "/actuator/metrics", "/actuator/flyway", "/actuator/info", "/actuator/modulith" }) {
			mvc.perform(get(path)).andExpect(status().isUnauthorized());
		}
		String staff = ensureUser("hardening-staff", Role.STAFF, pingding().id().value(), null);
		mvc.perform(get("/actuator/metrics").with(loggedIn(staff))).andExpect(status().isForbidden());
	}

}
