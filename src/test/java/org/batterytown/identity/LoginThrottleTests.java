package org.batterytown.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Five wrong passwords lock a user name from that address, through the form and HTTP Basic alike. */
class LoginThrottleTests extends IntegrationTest {

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void theApiAnswers429AfterFiveWrongPasswordsAndOtherAddressesStillGetIn() throws Exception {
		String user = ensureUser("throttle-api-" + UUID.randomUUID().toString().substring(0, 6), Role.VIEWER,
				pingding().id().value(), null);
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/parks").with(httpBasic(user, "wrong-" + i)).with(from("10.9.0.1")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/parks").with(httpBasic(user, USER_PASSWORD)).with(from("10.9.0.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(get("/api/v1/parks").with(httpBasic(user, USER_PASSWORD)).with(from("10.9.0.2")))
			.andExpect(status().isOk());
	}

	@Test
	void theLoginFormSaysSoAfterFiveWrongPasswords() throws Exception {
		String user = ensureUser("throttle-form-" + UUID.randomUUID().toString().substring(0, 6), Role.VIEWER,
				pingding().id().value(), null);
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/login").with(csrf()).with(from("10.9.1.1")).param("username", user)
				.param("password", "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		// a right password before the fifth failure resets the count
		mvc.perform(post("/login").with(csrf()).with(from("10.9.1.1")).param("username", user)
			.param("password", USER_PASSWORD)).andExpect(redirectedUrl("/"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").with(csrf()).with(from("10.9.1.1")).param("username", user)
				.param("password", "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").with(csrf()).with(from("10.9.1.1")).param("username", user)
			.param("password", USER_PASSWORD)).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login").param("locked", "")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("密码错误次数过多")));
	}

}
