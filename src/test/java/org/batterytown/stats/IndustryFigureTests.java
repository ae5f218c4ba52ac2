package org.batterytown.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.shared.Role;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The demo's 2022 figure and its growth come from stored figures, with their source. */
class IndustryFigureTests extends IntegrationTest {

	@Test
	void theParkPageShowsThe2022FigureAndItsGrowthComputedFromStoredData() throws Exception {
		String viewer = ensureUser("industry-viewer", Role.VIEWER, pingding().id().value(), null);
		String page = mvc.perform(get("/").with(loggedIn(viewer))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-testid=\"industry-value\">13.30 亿元")
			.contains("data-testid=\"industry-growth\">+95.4%").contains("第 3 位").contains("山西日报");
	}

	@Test
	void theApiGivesTheStatedAndTheDerivedYearWithBasisGrowthAndSource() {
		JsonNode figures = api().get("/api/v1/stats/industry-figures?parkId=" + pingding().id().value(), "admin",
				ADMIN_PASSWORD).json();
		JsonNode y2022 = figures.get(0);
		assertThat(y2022.get("year").asInt()).isEqualTo(2022);
		assertThat(y2022.get("outputValue").decimalValue()).isEqualByComparingTo("1330000000");
		assertThat(y2022.get("basis").asString()).isEqualTo("STATED");
		assertThat(Math.round(y2022.get("growth").asDouble() * 1000) / 10.0).isEqualTo(95.4);
		assertThat(y2022.get("sourceTitle").asString()).contains("平定新能源电池小镇");
		JsonNode y2021 = figures.get(1);
		assertThat(y2021.get("year").asInt()).isEqualTo(2021);
		assertThat(y2021.get("basis").asString()).isEqualTo("DERIVED");
		assertThat(y2021.get("outputValue").decimalValue()).isEqualByComparingTo("680655066.53");
		assertThat(y2021.get("derivation").asString()).contains("95.4%");
	}

	@Test
	void staffEnterAnotherIndustryWithASourceAndTheRankIsComputedAmongValues() {
		String staff = ensureUser("industry-staff", Role.STAFF, pingding().id().value(), null);
		JsonNode sourceId = api().post("/api/v1/sources", staff, USER_PASSWORD, json("title", "县统计公报（测试）")).json()
			.get("id");
		String source = sourceId.isObject() ? sourceId.get("value").asString() : sourceId.asString();
		String industry = "测试产业" + UUID.randomUUID().toString().substring(0, 6);
		var created = api().post("/api/v1/stats/industry-figures", staff, USER_PASSWORD,
				json("parkId", pingding().id().value(), "year", 2019, "industryZh", industry, "parkIndustry", false,
						"outputValue", 5000000000L, "sourceId", source));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().get("rank").asInt()).isEqualTo(1);
		assertThat(created.json().get("basis").asString()).isEqualTo("ENTERED");
		var withoutSource = api().post("/api/v1/stats/industry-figures", staff, USER_PASSWORD,
				Map.of("parkId", pingding().id().value(), "year", 2019, "industryZh", "无来源", "parkIndustry", false));
		assertThat(withoutSource.status()).isEqualTo(400);
		String viewer = ensureUser("industry-viewer", Role.VIEWER, pingding().id().value(), null);
		assertThat(api().post("/api/v1/stats/industry-figures", viewer, USER_PASSWORD, json("parkId",
				pingding().id().value(), "year", 2018, "industryZh", industry, "parkIndustry", false, "sourceId", source))
			.status()).isEqualTo(403);
	}

}
