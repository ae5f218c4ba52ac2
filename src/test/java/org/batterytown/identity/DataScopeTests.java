package org.batterytown.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.project.ProjectFilter;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

/** An enterprise user of Zhongye sees and changes Zhongye's data and nothing of BTR's. */
class DataScopeTests extends IntegrationTest {

	@Autowired
	ProjectManagement projects;

	private String zhongyeUser;

	private UUID zhongye;

	private ProjectView btrProject;

	@BeforeEach
	void setUp() {
		zhongye = enterprise("山西中烨新能源科技有限公司").id().value();
		zhongyeUser = ensureUser("zhongye-clerk", Role.ENTERPRISE, null, zhongye);
		UUID btr = enterprise("山西贝特瑞新能源科技有限公司").id().value();
		btrProject = projects.list(Actor.system(), new ProjectFilter(null, btr, null, null)).get(0);
	}

	@Test
	void theApiListsOnlyZhongyesOwnEnterpriseAndProjects() {
		JsonNode enterprisesSeen = api().get("/api/v1/enterprises", zhongyeUser, USER_PASSWORD).json().get("content");
		JsonNode projectsSeen = api().get("/api/v1/projects?size=200", zhongyeUser, USER_PASSWORD).json().get("content");

		assertThat(enterprisesSeen).hasSize(1);
		assertThat(enterprisesSeen.get(0).get("id").asString()).isEqualTo(zhongye.toString());
		assertThat(projectsSeen).isNotEmpty();
		projectsSeen.forEach(p -> assertThat(p.get("enterpriseId").asString()).isEqualTo(zhongye.toString()));
	}

	@Test
	void theApiNeitherShowsNorChangesBtrsProject() {
		String path = "/api/v1/projects/" + btrProject.id().value();

		assertThat(api().get(path, zhongyeUser, USER_PASSWORD).status()).isEqualTo(404);
		assertThat(api().get(path + "/history", zhongyeUser, USER_PASSWORD).status()).isEqualTo(404);
		assertThat(api().post(path + "/stage-transitions", zhongyeUser, USER_PASSWORD, Map.of("target", "SUSPENDED"),
				btrProject.version()).status()).isEqualTo(404);
		assertThat(api().post(path + "/notes", zhongyeUser, USER_PASSWORD, Map.of("text", "越权"), btrProject.version())
			.status()).isEqualTo(404);
		assertThat(projects.get(Actor.system(), btrProject.id()).version()).isEqualTo(btrProject.version());
	}

	@Test
	void theApiRefusesRegisteringAProjectForBtr() {
		UUID btr = btrProject.enterpriseId().value();
		var refused = api().post("/api/v1/projects", zhongyeUser, USER_PASSWORD,
				json("enterpriseId", btr, "nameZh", "越权项目", "capacityLines", List.of()));

		assertThat(refused.status()).isEqualTo(404);
	}

	@Test
	void thePagesNeitherShowNorChangeBtrsProject() throws Exception {
		var clerk = loggedIn(zhongyeUser);
		String page = "/projects/" + btrProject.id().value();

		mvc.perform(get(page).with(clerk)).andExpect(status().isNotFound());
		mvc.perform(get(page + "/edit").with(clerk)).andExpect(status().isNotFound());
		mvc.perform(post(page + "/stage").with(clerk).with(csrf())
			.param("version", Long.toString(btrProject.version()))
			.param("target", "SUSPENDED")).andExpect(status().isNotFound());
		mvc.perform(post(page).with(clerk).with(csrf())
			.param("version", Long.toString(btrProject.version()))
			.param("enterpriseId", btrProject.enterpriseId().value().toString())
			.param("nameZh", "越权改名")).andExpect(status().isNotFound());

		assertThat(projects.get(Actor.system(), btrProject.id()).name().zh()).isEqualTo(btrProject.name().zh());
		assertThat(projects.get(Actor.system(), btrProject.id()).stage()).isEqualTo(btrProject.stage());
	}

	@Test
	void theProjectListPageShowsOnlyZhongyesProjects() throws Exception {
		String html = mvc.perform(get("/projects").with(loggedIn(zhongyeUser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("中烨年产4万吨").doesNotContain("贝特瑞");
	}

}
