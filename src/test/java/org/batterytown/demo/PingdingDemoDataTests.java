package org.batterytown.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.batterytown.Api;
import org.batterytown.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo data as a script reads it through the API: the article's figures, and nothing invented. */
class PingdingDemoDataTests extends IntegrationTest {

	@Test
	void theParkIsPingdingWithItsManagingBody() {
		Api.Response parks = api().get("/api/v1/parks", "admin", ADMIN_PASSWORD);

		assertThat(parks.status()).isEqualTo(200);
		JsonNode park = find(parks.json().get("content"), "code", "PD-NEBT");
		assertThat(park.get("nameZh").asString()).isEqualTo("平定新能源电池专业镇");
		assertThat(park.get("town").asString()).isEqualTo("张庄镇");
		assertThat(park.get("managingBodyZh").asString()).isEqualTo("平定经济技术开发区管委会");
	}

	@Test
	void theSixProjectsCarryTheArticlesCapacitiesInvestmentsAndStages() {
		JsonNode content = api().get("/api/v1/projects?parkId=" + pingding().id().value() + "&size=200", "admin",
				ADMIN_PASSWORD)
			.json()
			.get("content");

		assertProject(content, "贝特瑞年产5万吨锂离子电池负极材料一体化项目", "UNDER_CONSTRUCTION", null, "ANODE_FINISHED", "50000");
		assertProject(content, "贝特瑞年产1.2万吨人造石墨成品生产线项目", "IN_PRODUCTION", "200000000", "ARTIFICIAL_GRAPHITE", "12000");
		assertProject(content, "中烨年产4万吨锂离子电池负极材料项目", "IN_PRODUCTION", null, "ANODE_FINISHED", "40000");
		assertProject(content, "贝特瑞10万吨负极材料成品线", "PLANNED", null, "ANODE_FINISHED", "100000");
		assertProject(content, "中烜(山西)锂离子电池负极材料一体化项目", "UNDER_CONSTRUCTION", null, "ANODE_FINISHED", null);
		JsonNode sgl = find(content, "nameZh", "西格里年产2500吨特种石墨和7000块硬毡项目");
		assertThat(sgl.get("stage").asString()).isEqualTo("BUILT");
		assertThat(sgl.get("totalInvestment").decimalValue()).isEqualByComparingTo("250000000");
		assertThat(lines(sgl)).containsExactly("SPECIAL_GRAPHITE 2500 TONNES_PER_YEAR", "HARD_FELT 7000 PIECES_PER_YEAR");
	}

	@Test
	void zhongyesPhasesStandAtTheirOwnStagesAndTheSplitStaysUnknown() {
		JsonNode content = api().get("/api/v1/projects?size=200", "admin", ADMIN_PASSWORD).json().get("content");
		JsonNode zhongye = find(content, "nameZh", "中烨年产4万吨锂离子电池负极材料项目");

		JsonNode phases = zhongye.get("phases");
		assertThat(phases).hasSize(2);
		assertThat(phases.get(0).get("stage").asString()).isEqualTo("IN_PRODUCTION");
		assertThat(phases.get(1).get("stage").asString()).isEqualTo("BUILT");
		assertThat(zhongye.get("capacityLines")).hasSize(1);
	}

	@Test
	void everyProjectCitesTheShanxiDailyArticle() {
		JsonNode content = api().get("/api/v1/projects?size=200", "admin", ADMIN_PASSWORD).json().get("content");
		for (JsonNode project : content) {
			if (!project.get("nameZh").asString().contains("年产") && !project.get("nameZh").asString().contains("10万吨")) {
				continue;
			}
			JsonNode citations = api()
				.get("/api/v1/projects/" + project.get("id").asString() + "/citations", "admin", ADMIN_PASSWORD)
				.json();
			List<String> publishers = new ArrayList<>();
			citations.forEach(c -> publishers.add(c.get("source").get("publisher").asString()));
			assertThat(publishers).as(project.get("nameZh").asString()).contains("山西日报 Shanxi Daily");
		}
	}

	@Test
	void theHundredThousandTonneLineIsDueByTheEndOf2023() {
		JsonNode content = api().get("/api/v1/projects?size=200", "admin", ADMIN_PASSWORD).json().get("content");
		JsonNode line = find(content, "nameZh", "贝特瑞10万吨负极材料成品线");

		JsonNode milestone = line.get("milestones").get(0);
		assertThat(milestone.get("kind").asString()).isEqualTo("PRODUCTION");
		assertThat(milestone.get("plannedDate").asString()).isEqualTo("2023-12-31");
		assertThat(milestone.get("actualDate").isNull()).isTrue();
	}

	@Test
	void theCapacityTotalsCountZhongxuansUndisclosedLineWithoutSummingIt() {
		JsonNode totals = api().get("/api/v1/projects/capacity?parkId=" + pingding().id().value(), "admin",
				ADMIN_PASSWORD).json();

		JsonNode building = null;
		for (JsonNode t : totals) {
			if (t.get("product").asString().equals("ANODE_FINISHED") && t.get("group").asString().equals("CONSTRUCTION")) {
				building = t;
			}
		}
		assertThat(building).isNotNull();
		assertThat(building.get("nameplate").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("50000"));
		assertThat(building.get("undisclosedLines").asInt()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aSecondStartLoadsNothingTwice(@org.springframework.beans.factory.annotation.Autowired PingdingDemoData demo)
			throws Exception {
		int before = enterprises.list(org.batterytown.shared.Actor.system()).size();

		demo.run(null);

		assertThat(parks.list(org.batterytown.shared.Actor.system()).stream().filter(p -> p.code().equals("PD-NEBT")))
			.hasSize(1);
		assertThat(enterprises.list(org.batterytown.shared.Actor.system())).hasSize(before);
	}

	private static void assertProject(JsonNode content, String name, String stage, String investment, String product,
			String capacity) {
		JsonNode project = find(content, "nameZh", name);
		assertThat(project.get("stage").asString()).as(name).isEqualTo(stage);
		if (investment == null) {
			assertThat(project.get("totalInvestment").isNull()).as(name + " investment unknown").isTrue();
		}
		else {
			assertThat(project.get("totalInvestment").decimalValue()).isEqualByComparingTo(investment);
		}
		JsonNode line = project.get("capacityLines").get(0);
		assertThat(line.get("product").asString()).isEqualTo(product);
		if (capacity == null) {
			assertThat(line.get("nameplate").isNull()).as(name + " capacity unknown, not 0").isTrue();
		}
		else {
			assertThat(line.get("nameplate").decimalValue()).isEqualByComparingTo(new BigDecimal(capacity));
		}
	}

	private static List<String> lines(JsonNode project) {
		List<String> lines = new ArrayList<>();
		project.get("capacityLines")
			.forEach(l -> lines.add(l.get("product").asString() + " "
					+ l.get("nameplate").decimalValue().stripTrailingZeros().toPlainString() + " " + l.get("unit").asString()));
		return lines;
	}

	static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (value.equals(node.get(field).asString())) {
				return node;
			}
		}
		throw new AssertionError("no element with " + field + " = " + value + " in " + array);
	}

}
