package org.batterytown.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.batterytown.Api;
import org.batterytown.IntegrationTest;
import org.junit.jupiter.api.Test;

/** User administration through the API, as an admin's script would do it. */
class UserManagementTests extends IntegrationTest {

	@Test
	void anEnterpriseUserTakesTheParkOfTheirEnterprise() {
		UUID zhongye = enterprise("山西中烨新能源科技有限公司").id().value();

		Api.Response created = api().post("/api/v1/users", "admin", ADMIN_PASSWORD, json("username", unique("zy"),
				"password", "twelve-chars-or-more", "role", "ENTERPRISE", "enterpriseId", zhongye));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("parkId").asString()).isEqualTo(pingding().id().value().toString());
		assertThat(created.text()).doesNotContain("password");
	}

	@Test
	void anEnterpriseUserWithoutAnEnterpriseIsRefusedAtTheField() {
		Api.Response refused = api().post("/api/v1/users", "admin", ADMIN_PASSWORD,
				json("username", unique("none"), "password", "twelve-chars-or-more", "role", "ENTERPRISE"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("enterpriseId");
	}

	@Test
	void aShortPasswordAndATakenUsernameAreRefused() {
		assertThat(api().post("/api/v1/users", "admin", ADMIN_PASSWORD,
				json("username", unique("short"), "password", "short", "role", "VIEWER")).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/users", "admin", ADMIN_PASSWORD,
				json("username", "admin", "password", "twelve-chars-or-more", "role", "VIEWER")).status()).isEqualTo(422);
	}

	@Test
	void aDisabledUserCannotLogIn() {
		String name = unique("gone");
		Api.Response created = api().post("/api/v1/users", "admin", ADMIN_PASSWORD,
				json("username", name, "password", "twelve-chars-or-more", "role", "VIEWER"));
		assertThat(api().get("/api/v1/parks", name, "twelve-chars-or-more").status()).isEqualTo(200);

		api().put("/api/v1/users/" + created.json().get("id").asString() + "/enabled", "admin", ADMIN_PASSWORD,
				Map.of("enabled", false), null);

		assertThat(api().get("/api/v1/parks", name, "twelve-chars-or-more").status()).isEqualTo(401);
	}

	@Test
	void anAdminCannotDisableThemself() {
		String adminId = users.list(org.batterytown.shared.Actor.system()).stream()
			.filter(u -> u.username().equals("admin")).findFirst().orElseThrow().id().toString();

		Api.Response refused = api().put("/api/v1/users/" + adminId + "/enabled", "admin", ADMIN_PASSWORD,
				Map.of("enabled", false), null);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(api().get("/api/v1/parks", "admin", ADMIN_PASSWORD).status()).isEqualTo(200);
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
