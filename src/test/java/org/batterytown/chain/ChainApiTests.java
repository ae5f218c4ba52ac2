package org.batterytown.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.batterytown.Api;
import org.batterytown.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The balance of the demo park as a script reads it, recomputed here from the coefficients and the registry. */
class ChainApiTests extends IntegrationTest {

	@Test
	void onTheDayOfTheSiteVisitOnlyAnodeIsProducedAndEveryOtherLinkIsMissing() {
		String park = pingding().id().value().toString();
		JsonNode balance = get("/api/v1/chain/balance?parkId=" + park
				+ "&date=2023-06-14&lfp=100&ncm523=0&ncm811=0&basis=TECHNICAL&stages=PRODUCING").json();
		Map<String, Double> base = baseTechnicalLfp();

		// BTR's 12,000 t artificial graphite and Zhongye's 40,000 t anode were producing; nothing else counts.
		JsonNode anode = link(balance, "ANODE");
		assertThat(anode.get("capacity").get("known").asDouble()).isEqualTo(52_000);
		double gwh = 52_000 / base.get("ANODE");
		assertThat(balance.get("balance").get("anodeGwh").asDouble()).isCloseTo(gwh, within(1e-9));
		for (String missing : new String[] { "CATHODE_LFP", "ELECTROLYTE", "SEPARATOR", "CELLS" }) {
			JsonNode link = link(balance, missing);
			assertThat(link.get("status").asString()).as(missing).isEqualTo("MISSING");
			double perGwh = missing.equals("CELLS") ? 1 : base.get(missing);
			assertThat(link.get("shortfall").get("BASE").asDouble()).as(missing).isCloseTo(gwh * perGwh, within(1e-6));
		}
		assertThat(link(balance, "CATHODE_NCM811").get("status").asString()).isEqualTo("NOT_NEEDED");
		JsonNode upstream = balance.get("upstream");
		assertThat(upstream.get(0).get("input").asString()).isEqualTo("COKE");
		assertThat(upstream.get(0).get("base").asDouble()).isCloseTo(52_000 * 1.35, within(1e-6));
		assertThat(upstream.get(1).get("high").asDouble()).isCloseTo(52_000 * 14_000.0, within(1e-3));
		assertThat(upstream.get(3).get("input").asString()).isEqualTo("CRUCIBLES");
		assertThat(upstream.get(3).get("base").isNull()).as("crucible use is unknown, not 0").isTrue();
		// 2023: anode at 28,000 yuan/t (Mysteel, Sept 2023) and 65 % utilization.
		assertThat(balance.get("outputValue").get("totalBase").asDouble()).isCloseTo(52_000 * 0.65 * 28_000, within(1e-3));
		assertThat(balance.get("coefficientSet").asInt())
			.isEqualTo(get("/api/v1/chain/coefficients").json().get("id").asInt());
	}

	@Test
	void countingBuildingProjectsAddsBtrsFiftyThousandTonnesAndZhongxuansUndisclosedLine() {
		String park = pingding().id().value().toString();
		JsonNode balance = get("/api/v1/chain/balance?parkId=" + park + "&date=2023-06-14&stages=BUILDING").json();

		JsonNode anode = link(balance, "ANODE");
		assertThat(anode.get("capacity").get("known").asDouble()).isEqualTo(102_000);
		assertThat(anode.get("capacity").get("undisclosedLines").asInt()).isEqualTo(1);
		for (JsonNode c : balance.get("contributions")) {
			if (c.get("product").asString().equals("HARD_FELT")) {
				assertThat(c.get("counted").asBoolean()).as("pieces are not added to tonnes").isFalse();
			}
			if (c.get("product").asString().equals("SPECIAL_GRAPHITE")) {
				assertThat(c.get("counted").asBoolean()).isTrue();
			}
		}
	}

	@Test
	void theGapsAreTheTargetListMissingLinksFirst() {
		JsonNode gaps = get("/api/v1/chain/gaps?parkId=" + pingding().id().value()
				+ "&date=2023-06-14&lfp=100&ncm523=0&ncm811=0&stages=PRODUCING").json();

		assertThat(gaps.size()).isGreaterThanOrEqualTo(4);
		java.util.List<String> links = new java.util.ArrayList<>();
		gaps.forEach(g -> links.add(g.get("link").asString()));
		assertThat(links).contains("CATHODE_LFP", "ELECTROLYTE", "SEPARATOR", "CELLS").doesNotContain("ANODE");
		assertThat(gaps.get(0).get("shortfall").get("BASE").asDouble()).isPositive();
	}

	@Test
	void badParametersAreNamed() {
		String park = pingding().id().value().toString();

		assertNamed(get("/api/v1/chain/balance?parkId=" + UUID.randomUUID()), "parkId");
		assertNamed(get("/api/v1/chain/balance?parkId=" + park + "&lfp=50&ncm523=10&ncm811=10"), "mix");
		assertNamed(get("/api/v1/chain/balance?parkId=" + park + "&stages=DREAMING"), "stages");
		assertNamed(get("/api/v1/chain/balance?parkId=" + park + "&date=2023-13-45"), "date");
		assertNamed(get("/api/v1/chain/balance"), "parkId");
	}

	@Test
	void everyRegistryProductMapsToALink() {
		JsonNode links = get("/api/v1/chain/links").json();
		int products = 0;
		for (JsonNode link : links) {
			products += link.get("products").size();
		}
		assertThat(products).isEqualTo(org.batterytown.project.Product.values().length);
	}

	private void assertNamed(Api.Response response, String parameter) {
		assertThat(response.status()).as(parameter).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(parameter);
	}

	/** Base technical LFP coefficients as the API serves them. */
	private Map<String, Double> baseTechnicalLfp() {
		Map<String, Double> base = new HashMap<>();
		for (JsonNode i : get("/api/v1/chain/coefficients").json().get("intensities")) {
			if (i.get("basis").asString().equals("TECHNICAL") && i.get("chemistry").asString().equals("LFP")) {
				base.put(i.get("link").asString(), i.get("base").asDouble());
			}
		}
		return base;
	}

	private static JsonNode link(JsonNode balance, String link) {
		for (JsonNode l : balance.get("balance").get("links")) {
			if (l.get("link").asString().equals(link)) {
				return l;
			}
		}
		throw new AssertionError("no link " + link);
	}

	private Api.Response get(String path) {
		return api().get(path, "admin", ADMIN_PASSWORD);
	}

}
