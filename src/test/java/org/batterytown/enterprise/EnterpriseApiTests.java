package org.batterytown.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.Api;
import org.batterytown.IntegrationTest;
import org.batterytown.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Registering and editing enterprises through the API: credit codes, audit, optimistic locking. */
class EnterpriseApiTests extends IntegrationTest {

	private String staff;

	private UUID park;

	@BeforeEach
	void setUp() {
		park = pingding().id().value();
		staff = ensureUser("staff-enterprises", Role.STAFF, park, null);
	}

	@Test
	void aWrongCheckCharacterIsRefusedAtTheFieldAndWritesNothing() {
		long before = count();

		Api.Response refused = api().post("/api/v1/enterprises", staff, USER_PASSWORD,
				draft("校验位错误公司", "91350100M000100Y44"));

		assertThat(refused.status()).isEqualTo(400);
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("creditCode");
		assertThat(error.get("message").asString()).isEqualTo("统一社会信用代码校验位不正确");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aValidCodeIsStoredNormalisedAndADuplicateIsRefused() {
		Api.Response created = api().post("/api/v1/enterprises", staff, USER_PASSWORD,
				draft("正确代码公司", " 91110000600037341l "));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("creditCode").asString()).isEqualTo("91110000600037341L");

		Api.Response duplicate = api().post("/api/v1/enterprises", staff, USER_PASSWORD,
				draft("重复代码公司", "91110000600037341L"));

		assertThat(duplicate.status()).isEqualTo(422);
		assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("creditCode");
	}

	@Test
	void anUnknownCreditCodeStaysNull() {
		JsonNode created = api().post("/api/v1/enterprises", staff, USER_PASSWORD, draft("代码未公开公司", null)).json();

		assertThat(created.get("creditCode").isNull()).isTrue();
	}

	@Test
	void everyEditIsAuditedFieldByField() {
		JsonNode created = api().post("/api/v1/enterprises", staff, USER_PASSWORD, draft("审计公司", null)).json();
		String path = "/api/v1/enterprises/" + created.get("id").asString();
		Map<String, Object> edit = draft("审计公司（改名）", null);
		edit.put("parentGroup", "某集团");

		Api.Response updated = api().put(path, staff, USER_PASSWORD, edit, created.get("version").asLong());

		assertThat(updated.status()).isEqualTo(200);
		JsonNode history = api().get(path + "/history", staff, USER_PASSWORD).json();
		assertThat(history.toString()).contains("\"field\":\"nameZh\"", "\"oldValue\":\"审计公司\"",
				"\"newValue\":\"审计公司（改名）\"", "\"field\":\"parentGroup\"", staff)
			.contains("\"field\":\"park\"", "平定新能源电池专业镇")
			.doesNotContain("\"field\":\"parkId\"");
	}

	@Test
	void aStaleEditGets409() {
		JsonNode created = api().post("/api/v1/enterprises", staff, USER_PASSWORD, draft("并发公司", null)).json();
		String path = "/api/v1/enterprises/" + created.get("id").asString();
		long read = created.get("version").asLong();
		assertThat(api().put(path, staff, USER_PASSWORD, draft("并发公司 甲", null), read).status()).isEqualTo(200);

		Api.Response stale = api().put(path, staff, USER_PASSWORD, draft("并发公司 乙", null), read);

		assertThat(stale.status()).isEqualTo(409);
		assertThat(api().get(path, staff, USER_PASSWORD).json().get("nameZh").asString()).isEqualTo("并发公司 甲");
	}

	@Test
	void anEnterpriseStaysInItsPark() {
		JsonNode created = api().post("/api/v1/enterprises", staff, USER_PASSWORD, draft("不可迁移公司", null)).json();
		Map<String, Object> moved = draft("不可迁移公司", null);
		moved.put("parkId", UUID.randomUUID());

		Api.Response refused = api().put("/api/v1/enterprises/" + created.get("id").asString(), "admin", ADMIN_PASSWORD,
				moved, created.get("version").asLong());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("parkId");
	}

	@Test
	void aViewerMayReadButNotRegister() {
		String viewer = ensureUser("viewer-enterprises", Role.VIEWER, park, null);

		assertThat(api().get("/api/v1/enterprises", viewer, USER_PASSWORD).status()).isEqualTo(200);
		assertThat(api().post("/api/v1/enterprises", viewer, USER_PASSWORD, draft("只读用户不能登记", null)).status())
			.isEqualTo(403);
	}

	private long count() {
		return api().get("/api/v1/enterprises?size=1", "admin", ADMIN_PASSWORD).json().get("totalElements").asLong();
	}

	private Map<String, Object> draft(String name, String creditCode) {
		Map<String, Object> draft = json("parkId", park, "nameZh", name, "chainRoles", List.of("ANODE_MATERIALS"),
				"chainLeader", false);
		draft.put("creditCode", creditCode);
		return draft;
	}

}
