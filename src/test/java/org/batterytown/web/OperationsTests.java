package org.batterytown.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.batterytown.Api;
import org.batterytown.IntegrationTest;
import org.batterytown.shared.Role;
import org.junit.jupiter.api.Test;

/** What operators and scripts see around the API: health, actuator, OpenAPI, unknown routes. */
class OperationsTests extends IntegrationTest {

	@Test
	void healthAnswersAnonymouslyWithTheStatusOnly() throws Exception {
		var response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/actuator/health"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void otherActuatorEndpointsNeedAnAdmin() {
		String staff = ensureUser("ops-staff", Role.STAFF, pingding().id().value(), null);

		assertThat(api().get("/actuator/metrics", staff, USER_PASSWORD).status()).isEqualTo(403);
		assertThat(api().get("/actuator/metrics", "nobody", "wrong").status()).isEqualTo(401);
		assertThat(api().get("/actuator/metrics", "admin", ADMIN_PASSWORD).status()).isEqualTo(200);
		assertThat(api().get("/actuator/health", "admin", ADMIN_PASSWORD).text()).contains("\"db\"");
	}

	@Test
	void theOpenApiDescriptionListsTheRegistryWithoutTheActor() {
		Api.Response docs = api().get("/v3/api-docs", "admin", ADMIN_PASSWORD);

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.text()).contains("/api/v1/projects/{id}/stage-transitions", "/api/v1/parks", "\"basic\"")
			.doesNotContain("\"actor\"");
	}

	@Test
	void anUnknownApiRouteIsAProblemDetail() {
		Api.Response missing = api().get("/api/v1/nothing-here", "admin", ADMIN_PASSWORD);

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("status").asInt()).isEqualTo(404);
	}

	@Test
	void aWrongPasswordGetsAProblemDetailWith401() {
		Api.Response refused = api().get("/api/v1/projects", "admin", "wrong-password");

		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("title").asString()).isEqualTo("Unauthorized");
	}

}
