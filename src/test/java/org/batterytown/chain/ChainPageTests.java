package org.batterytown.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.batterytown.IntegrationTest;
import org.batterytown.shared.Role;
import org.junit.jupiter.api.Test;

/** The chain page in both languages, and the scenario controls answered by htmx. */
class ChainPageTests extends IntegrationTest {

	@Test
	void showsTheBalanceOfTheDemoParkWithItsMissingLinks() throws Exception {
		String viewer = ensureUser("chain-viewer", Role.VIEWER, pingding().id().value(), null);

		String html = mvc.perform(get("/chain?date=2023-06-14&lfp=100&ncm523=0&ncm811=0&stages=PRODUCING")
			.with(loggedIn(viewer))).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("5.20 万吨").contains("负极材料").contains("缺失").contains("正极 磷酸铁锂")
			.contains("data-chart=").contains("贝特瑞年产1.2万吨人造石墨成品生产线项目")
			.contains("6.76 亿千瓦时").contains("坩埚").contains("2023 年利用率").doesNotContain("2,023");
	}

	@Test
	void staffChangeACoefficientOnTheCoefficientsPage() throws Exception {
		String staff = ensureUser("chain-page-staff", Role.STAFF, pingding().id().value(), null);

		var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/chain/coefficients")
			.with(loggedIn(staff))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("link", "SEPARATOR").param("chemistry", "LFP").param("basis", "TECHNICAL")
			.param("band.low", "12").param("band.base", "14").param("band.high", "18").param("band.grade", "C")
			.param("band.source", "RESEARCH.md §1.6: CATL BTF0 teardown").param("band.note", "页面测试"))
			.andReturn();
		String page = mvc.perform(get("/chain/coefficients").with(loggedIn(staff)).flashAttrs(response.getFlashMap()))
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("系数已更新").contains("SEPARATOR/LFP/TECHNICAL").contains("页面测试")
			.contains("name=\"band.low\"").contains("/chain/coefficients/prices/ANODE/2024");
	}

	@Test
	void htmxGetsOnlyTheResultAndABadMixIsExplained() throws Exception {
		String viewer = ensureUser("chain-viewer", Role.VIEWER, pingding().id().value(), null);

		String html = mvc.perform(get("/chain?lfp=50&ncm523=10&ncm811=10&lang=en").header("HX-Request", "true")
			.with(loggedIn(viewer))).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("add up to 100 %").doesNotContain("<nav");
	}

	@Test
	void anUnknownStageScopeIsExplainedNotAnError() throws Exception {
		String viewer = ensureUser("chain-viewer", Role.VIEWER, pingding().id().value(), null);

		var response = mvc.perform(get("/chain?stages=DREAMING").with(loggedIn(viewer))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("scenario-error").contains("请求格式不正确");
	}

}
