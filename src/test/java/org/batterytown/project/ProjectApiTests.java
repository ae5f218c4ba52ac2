package org.batterytown.project;

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

/** Registering and moving projects through the API, and what bad input gets back. */
class ProjectApiTests extends IntegrationTest {

	private String staff;

	private UUID zhongye;

	@BeforeEach
	void setUp() {
		staff = ensureUser("staff-projects", Role.STAFF, pingding().id().value(), null);
		zhongye = enterprise("山西中烨新能源科技有限公司").id().value();
	}

	@Test
	void registersAProjectWithACapacityLineAndMovesItOneStage() {
		Api.Response created = api().post("/api/v1/projects", staff, USER_PASSWORD, draft("负极材料三期", "50000"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode project = created.json();
		assertThat(project.get("stage").asString()).isEqualTo("PLANNED");
		assertThat(project.get("capacityLines").get(0).get("unit").asString()).isEqualTo("TONNES_PER_YEAR");
		assertThat(project.get("capacityLines").get(0).get("form").asString()).isEqualTo("FINISHED");
		assertThat(project.get("allowedTransitions").toString()).contains("SIGNED", "SUSPENDED", "CANCELLED")
			.doesNotContain("FILED");

		Api.Response moved = api().post(path(project) + "/stage-transitions", staff, USER_PASSWORD,
				Map.of("target", "SIGNED", "note", "签约仪式"), created.version());

		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.json().get("stage").asString()).isEqualTo("SIGNED");
		assertThat(moved.json().get("stageLog").get(0).get("note").asString()).isEqualTo("签约仪式");
		assertThat(moved.json().get("stageLog").get(0).get("username").asString()).isEqualTo(staff);
		JsonNode history = api().get(path(project) + "/history", staff, USER_PASSWORD).json();
		assertThat(history.get(0).get("field").asString()).isEqualTo("stage");
		assertThat(history.get(0).get("oldValue").asString()).isEqualTo("PLANNED");
		assertThat(history.get(0).get("newValue").asString()).isEqualTo("SIGNED");
	}

	@Test
	void anIllegalStageJumpIsRefusedWith422AndChangesNothing() {
		Api.Response created = api().post("/api/v1/projects", staff, USER_PASSWORD, draft("跳级测试", "1000"));

		Api.Response jump = api().post(path(created.json()) + "/stage-transitions", staff, USER_PASSWORD,
				Map.of("target", "IN_PRODUCTION"), created.version());

		assertThat(jump.status()).isEqualTo(422);
		assertThat(jump.json().get("detail").asString()).contains("规划").contains("已投产");
		assertThat(jump.json().get("errors").get(0).get("field").asString()).isEqualTo("target");
		JsonNode after = api().get(path(created.json()), staff, USER_PASSWORD).json();
		assertThat(after.get("stage").asString()).isEqualTo("PLANNED");
		assertThat(after.get("version").asLong()).isEqualTo(created.version());
	}

	@Test
	void aStaleVersionGets409AndOverwritesNothing() {
		Api.Response created = api().post("/api/v1/projects", staff, USER_PASSWORD, draft("并发测试", "2000"));
		long read = created.version();
		Api.Response first = api().put(path(created.json()), staff, USER_PASSWORD, draft("并发测试 甲", "2000"), read);
		assertThat(first.status()).isEqualTo(200);

		Api.Response second = api().put(path(created.json()), staff, USER_PASSWORD, draft("并发测试 乙", "3000"), read);

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("detail").asString()).contains("已被他人修改");
		JsonNode after = api().get(path(created.json()), staff, USER_PASSWORD).json();
		assertThat(after.get("nameZh").asString()).isEqualTo("并发测试 甲");
		assertThat(after.get("capacityLines").get(0).get("nameplate").decimalValue()).isEqualByComparingTo("2000");
	}

	@Test
	void aNegativeCapacityGets400WithTheFieldAndWritesNothing() {
		long before = count();

		Api.Response refused = api().post("/api/v1/projects", staff, USER_PASSWORD, draft("负产能", "-5"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("capacityLines[0].nameplate").contains("设计产能必须大于 0");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anEditWithoutIfMatchIsRefusedWith428() {
		Api.Response created = api().post("/api/v1/projects", staff, USER_PASSWORD, draft("无版本", "10"));

		Api.Response refused = api().put(path(created.json()), staff, USER_PASSWORD, draft("无版本 改", "10"), null);

		assertThat(refused.status()).isEqualTo(428);
	}

	@Test
	void anUnknownCapacityStaysNullNeverZero() {
		Map<String, Object> draft = draft("产能未披露", null);

		JsonNode project = api().post("/api/v1/projects", staff, USER_PASSWORD, draft).json();

		assertThat(project.get("capacityLines").get(0).get("nameplate").isNull()).isTrue();
		assertThat(project.get("totalInvestment").isNull()).isTrue();
	}

	@Test
	void problemsSpeakEnglishToEnglishCallers() {
		Api.Response created = api().post("/api/v1/projects", staff, USER_PASSWORD, draft("English problem", "10"));
		Api.Response jump = api().post(path(created.json()) + "/stage-transitions?lang=en", staff, USER_PASSWORD,
				Map.of("target", "BUILT"), created.version());

		assertThat(jump.status()).isEqualTo(422);
		assertThat(jump.json().get("detail").asString()).contains("cannot move from");
	}

	private long count() {
		return api().get("/api/v1/projects?size=1", "admin", ADMIN_PASSWORD).json().get("totalElements").asLong();
	}

	private Map<String, Object> draft(String name, String capacity) {
		Map<String, Object> line = new java.util.HashMap<>();
		line.put("product", "ANODE_FINISHED");
		line.put("nameplate", capacity);
		return json("enterpriseId", zhongye, "nameZh", name, "capacityLines", List.of(line));
	}

	private static String path(JsonNode project) {
		return "/api/v1/projects/" + project.get("id").asString();
	}

}
