package org.batterytown.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.YearMonth;
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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The report form puts each review message next to its field and keeps what was typed. */
class ReportPageTests extends IntegrationTest {

	@Autowired
	ProjectManagement projects;

	@Autowired
	StatsReports reports;

	@Test
	void hardErrorsAndWarningsAppearAtTheirFieldsAndAnExplainedReportIsSubmitted() throws Exception {
		UUID park = pingding().id().value();
		UUID enterprise = enterprises.register(Actor.system(), new EnterpriseDraft(park, null,
				"月报页面企业 " + UUID.randomUUID(), null, null, null, false, null)).value();
		projects.register(Actor.system(), new ProjectDraft(enterprise, "月报页面石墨化", null, null,
				ProjectStage.IN_PRODUCTION, null,
				List.of(new CapacityLineDraft(Product.GRAPHITIZATION_TOLL, new BigDecimal("60000"), null)), List.of()));
		String owner = ensureUser("report-page-" + UUID.randomUUID().toString().substring(0, 8), Role.ENTERPRISE, null,
				enterprise);
		UUID id = reports.open(Actor.system(), enterprise, YearMonth.of(2025, 7));
		long version = reports.get(Actor.system(), id).version();

		String rejected = mvc.perform(post("/stats/reports/" + id).with(loggedIn(owner)).with(csrf())
			.param("version", Long.toString(version)).param("submit", "1")
			.param("lines[0].product", "GRAPHITIZATION_TOLL").param("lines[0].production", "9000")
			.param("lines[0].outputValue", "108000000").param("lines[1].product", "")
			.param("electricityKwh", "99000000").param("employees", "").param("taxes", "100000"))
			.andReturn().getResponse().getContentAsString();
		assertThat(rejected).contains("产量超过本企业投产产能月均值的 1.5 倍（上限 7,500）")
			.contains("id=\"lines0.production\"").contains("value=\"9000\"")
			.contains("必填。")
			.contains("隐含单价 12,000 元超出该产品价格区间");
		assertThat(reports.get(Actor.system(), id).status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(reports.get(Actor.system(), id).lines()).isEmpty();

		var submitted = mvc.perform(post("/stats/reports/" + id).with(loggedIn(owner)).with(csrf())
			.param("version", Long.toString(version)).param("submit", "1")
			.param("lines[0].product", "GRAPHITIZATION_TOLL").param("lines[0].production", "4000")
			.param("lines[0].outputValue", "48000000").param("electricityKwh", "44000000").param("employees", "120")
			.param("taxes", "100000").param("explanations[PRICE_BAND:GRAPHITIZATION_TOLL]", "新客户高纯产品，加工费高"))
			.andReturn().getResponse();
		assertThat(submitted.getRedirectedUrl()).isEqualTo("/stats/reports/" + id);
		String page = mvc.perform(get("/stats/reports/" + id).with(loggedIn(owner))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("已提交").contains("新客户高纯产品，加工费高").contains("4,000 吨");
	}

}
