package org.batterytown.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.project.CapacityLineDraft;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectDraft;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectStage;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** A case opened and worked through the pages; refusals shown where they happen. */
class ApprovalPageTests extends IntegrationTest {

	@Autowired
	ApprovalCases approvals;

	@Autowired
	ProjectManagement projects;

	@Test
	void staffOpenACaseThroughTheFormAndAnOverdueItemIsRed() throws Exception {
		String staff = ensureUser("approval-page-staff", Role.STAFF, pingding().id().value(), null);
		UUID enterprise = enterprises.register(Actor.system(), new EnterpriseDraft(pingding().id().value(), null,
				"审批页面企业 " + UUID.randomUUID(), null, null, null, false, null)).value();
		UUID project = projects.register(Actor.system(), new ProjectDraft(enterprise, "页面开案项目", null, null,
				ProjectStage.SIGNED, null, List.of(new CapacityLineDraft(Product.ANODE_FINISHED, null, null)), List.of()))
			.value();
		mvc.perform(get("/approvals/new").with(loggedIn(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("页面开案项目")))
			.andExpect(content().string(Matchers.containsString("自然资源和规划")));
		mvc.perform(post("/approvals").with(loggedIn(staff)).with(csrf())
			.param("parkId", pingding().id().value().toString()).param("projectId", project.toString())
			.param("mode", "COMMITMENT").param("leadAgent", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("请选择环评文件类型。")))
			.andExpect(content().string(Matchers.containsString("请指定代办员。")));
		assertThat(approvals.ofProject(Actor.system(), project)).isEmpty();
		String location = mvc.perform(post("/approvals").with(loggedIn(staff)).with(csrf())
			.param("parkId", pingding().id().value().toString()).param("projectId", project.toString())
			.param("mode", "COMMITMENT").param("eiaLevel", "FORM").param("energyTce", "3000")
			.param("leadAgent", "代办员丙").param("officers[0].department", "发展改革（开发区行政审批局）")
			.param("officers[0].username", staff))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		CaseView c = approvals.get(Actor.system(), id);
		assertThat(c.items()).hasSizeGreaterThan(5);
		assertThat(c.items().get(0).officer()).isEqualTo(staff);

		// closing an item not yet accepted is refused at its row
		mvc.perform(post("/approvals/" + id + "/items/0").with(loggedIn(staff)).with(csrf())
			.param("version", Long.toString(c.version())).param("kind", "CLOSE").param("on", "2026-03-02"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("这一事项尚未受理，不能办结。")));
		mvc.perform(post("/approvals/" + id + "/items/0").with(loggedIn(staff)).with(csrf())
			.param("version", Long.toString(c.version())).param("kind", "START").param("on", "2026-01-05"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/approvals/" + id).with(loggedIn(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-overdue=\"true\"")))
			.andExpect(content().string(Matchers.containsString("table-danger")));
		mvc.perform(get("/approvals/mine").with(loggedIn(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("页面开案项目")));
		mvc.perform(get("/approvals").with(loggedIn(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-case=\"页面开案项目\"")));
	}

}
