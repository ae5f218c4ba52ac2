package org.batterytown.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The production profile: no API explorer, no demo data, a session cookie that only travels over HTTPS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("prod")
class ProductionProfileTests {

	private static final String PASSWORD = "admin-" + UUID.randomUUID();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("batterytown.data-dir", () -> "");
		registry.add("batterytown.admin-password", () -> PASSWORD);
	}

	@Autowired
	MockMvc mvc;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void theApiExplorerIsOffAndTheSessionCookieIsSecure() throws Exception {
		mvc.perform(get("/v3/api-docs").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.httpBasic("admin", PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/swagger-ui/index.html").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.httpBasic("admin", PASSWORD))).andExpect(status().isNotFound());
		// the container sets the cookie, so ask the running server
		var login = java.net.http.HttpClient.newHttpClient().send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login")).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		org.assertj.core.api.Assertions.assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy(c -> org.assertj.core.api.Assertions.assertThat(c).startsWith("JSESSIONID").contains("Secure")
				.contains("HttpOnly").contains("SameSite=Lax"));
		mvc.perform(get("/").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("swagger-ui"))));
	}

}
