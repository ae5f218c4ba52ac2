package org.batterytown.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The project forms answer bad input at the field, in the user's words, and save nothing. */
class ProjectPageTests extends IntegrationTest {

	@Autowired
	ProjectManagement projects;

	private String staff;

	private UUID zhongye;

	@BeforeEach
	void setUp() {
		staff = ensureUser("pages-staff", Role.STAFF, pingding().id().value(), null);
		zhongye = enterprise("山西中烨新能源科技有限公司").id().value();
	}

	@Test
	void aNegativeCapacityIsShownAtItsFieldAndNothingIsSaved() throws Exception {
		long before = count();

		MockHttpServletResponse response = send(newProject("负产能页面").param("capacityLines[0].nameplate", "-5"));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("设计产能必须大于 0；未披露请留空").contains("is-invalid");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void lettersInTheInvestmentAreShownAsNotANumber() throws Exception {
		MockHttpServletResponse response = send(newProject("投资非数字").param("totalInvestment", "两亿"));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("请输入数字").contains("两亿");
	}

	@Test
	void addingALineRerendersTheFormAndSavesNothing() throws Exception {
		long before = count();

		MockHttpServletResponse response = send(newProject("加一行").param("addLine", "1"));

		assertThat(response.getContentAsString()).contains("capacityLines[1].product");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aValidFormRegistersTheProjectAndShowsIt() throws Exception {
		MockHttpServletResponse response = send(newProject("页面登记项目").param("capacityLines[0].nameplate", "30000"));

		assertThat(response.getStatus()).isEqualTo(302);
		String detail = mvc.perform(get(response.getRedirectedUrl()).with(loggedIn(staff)))
			.andReturn().getResponse().getContentAsString();
		assertThat(detail).contains("页面登记项目").contains("3.00 万吨").contains("规划");
	}

	@Test
	void aStaleEditKeepsTheInputSaysWhyAndSavesNothing() throws Exception {
		ProjectId id = projects.register(Actor.system(), new ProjectDraft(zhongye, "页面并发", null, null, null, null,
				List.of(new CapacityLineDraft(Product.ANODE_FINISHED, null, null)), List.of()));
		long read = projects.get(Actor.system(), id).version();
		projects.addNote(Actor.system(), id, "别人先改了", read);

		MockHttpServletResponse response = send(post("/projects/" + id.value()).param("version", Long.toString(read))
			.param("enterpriseId", zhongye.toString()).param("nameZh", "页面并发 我的修改")
			.param("capacityLines[0].product", "ANODE_FINISHED"));

		assertThat(response.getContentAsString()).contains("已被他人修改").contains("页面并发 我的修改");
		assertThat(projects.get(Actor.system(), id).name().zh()).isEqualTo("页面并发");
	}

	@Test
	void anIllegalStageMoveIsExplainedOnTheProjectPage() throws Exception {
		ProjectId id = projects.register(Actor.system(), new ProjectDraft(zhongye, "页面跳级", null, null, null, null,
				List.of(), List.of()));
		long version = projects.get(Actor.system(), id).version();

		var moved = mvc.perform(post("/projects/" + id.value() + "/stage").with(loggedIn(staff)).with(csrf())
			.param("version", Long.toString(version)).param("target", "BUILT")).andReturn();
		String page = mvc.perform(get(moved.getResponse().getRedirectedUrl()).with(loggedIn(staff))
			.flashAttrs(moved.getFlashMap())).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("不能从“规划”直接推进到“已建成”");
		assertThat(projects.get(Actor.system(), id).stage()).isEqualTo(ProjectStage.PLANNED);
	}

	private MockHttpServletRequestBuilder newProject(String name) {
		return post("/projects").param("enterpriseId", zhongye.toString())
			.param("nameZh", name)
			.param("stage", "PLANNED")
			.param("capacityLines[0].product", "ANODE_FINISHED");
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(loggedIn(staff)).with(csrf())).andReturn().getResponse();
	}

	private long count() {
		return projects.search(Actor.system(), ProjectFilter.none(), 0, 1).totalElements();
	}

}
