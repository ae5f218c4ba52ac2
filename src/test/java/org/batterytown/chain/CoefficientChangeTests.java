package org.batterytown.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.batterytown.Api;
import org.batterytown.IntegrationTest;
import org.batterytown.shared.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Zone staff change a coefficient: a new set is made, the old one stays, and who did what is kept. */
class CoefficientChangeTests extends IntegrationTest {

	@Test
	void aChangeMakesANewSetAndKeepsTheOldOne() {
		String staff = ensureUser("chain-staff", Role.STAFF, pingding().id().value(), null);
		int before = current().get("id").asInt();

		Api.Response changed = api().put("/api/v1/chain/coefficients/intensity", staff, USER_PASSWORD,
				change(1350, "试验：高值上调"), null);
		Api.Response back = api().put("/api/v1/chain/coefficients/intensity", staff, USER_PASSWORD,
				change(1300, "试验：恢复"), null);

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("id").asInt()).isEqualTo(before + 1);
		assertThat(electrolyteLfp(changed.json()).get("high").asDouble()).isEqualTo(1350);
		assertThat(electrolyteLfp(back.json()).get("high").asDouble()).isEqualTo(1300);
		JsonNode history = api().get("/api/v1/chain/coefficients/history", staff, USER_PASSWORD).json();
		assertThat(history.get(1).get("createdBy").asString()).isEqualTo(staff);
		assertThat(history.get(1).get("label").asString()).contains("ELECTROLYTE/LFP/TECHNICAL").contains("1300.0")
			.contains("1350.0").contains("试验：高值上调");
	}

	@Test
	void valuesOutOfOrderAreRefusedAndViewersMayNotChange() {
		String staff = ensureUser("chain-staff", Role.STAFF, pingding().id().value(), null);
		String viewer = ensureUser("chain-viewer", Role.VIEWER, pingding().id().value(), null);
		int before = current().get("id").asInt();
		Map<String, Object> wrong = change(1300, null);
		@SuppressWarnings("unchecked")
		Map<String, Object> band = (Map<String, Object>) wrong.get("band");
		band.put("low", 1500);

		assertThat(api().put("/api/v1/chain/coefficients/intensity", staff, USER_PASSWORD, wrong, null).status())
			.isEqualTo(422);
		assertThat(api().put("/api/v1/chain/coefficients/intensity", viewer, USER_PASSWORD, change(1300, null), null)
			.status()).isEqualTo(403);
		assertThat(current().get("id").asInt()).isEqualTo(before);
	}

	private JsonNode current() {
		return api().get("/api/v1/chain/coefficients", "admin", ADMIN_PASSWORD).json();
	}

	private static JsonNode electrolyteLfp(JsonNode set) {
		for (JsonNode i : set.get("intensities")) {
			if (i.get("link").asString().equals("ELECTROLYTE") && i.get("chemistry").asString().equals("LFP")
					&& i.get("basis").asString().equals("TECHNICAL")) {
				return i;
			}
		}
		throw new AssertionError("no electrolyte LFP intensity");
	}

	@Test
	void pricesUtilizationAndAnodeInputsChangeTheSameWay() {
		String staff = ensureUser("chain-staff", Role.STAFF, pingding().id().value(), null);

		Api.Response price = api().put("/api/v1/chain/coefficients/prices/ANODE/2023", staff, USER_PASSWORD,
				band(28000, 28000, 28000, "RESEARCH.md §3.1: Mysteel Sept 2023", "B"), null);
		Api.Response utilization = api().put("/api/v1/chain/coefficients/utilization/2023", staff, USER_PASSWORD,
				band(0.55, 0.65, 0.70, "RESEARCH.md §3.3", "B"), null);
		Api.Response tooHigh = api().put("/api/v1/chain/coefficients/utilization/2023", staff, USER_PASSWORD,
				band(0.55, 0.65, 1.2, "typo", "B"), null);
		Api.Response coke = api().put("/api/v1/chain/coefficients/anode-inputs/COKE", staff, USER_PASSWORD,
				band(1.2, 1.35, 1.5, "RESEARCH.md §2.4", "D"), null);

		assertThat(price.status()).isEqualTo(200);
		assertThat(utilization.status()).isEqualTo(200);
		assertThat(tooHigh.status()).isEqualTo(422);
		assertThat(coke.status()).isEqualTo(200);
		assertThat(coke.json().get("id").asInt()).isEqualTo(price.json().get("id").asInt() + 2);
	}

	private static Map<String, Object> band(double low, double base, double high, String source, String grade) {
		return json("low", low, "base", base, "high", high, "source", source, "grade", grade);
	}

	private static Map<String, Object> change(double high, String note) {
		Map<String, Object> band = json("low", 700, "base", 1000, "high", high, "source",
				"RESEARCH.md §1.6: mass balance of the CATL BTF0 teardown", "grade", "D");
		band.put("note", note);
		return json("link", "ELECTROLYTE", "chemistry", "LFP", "basis", "TECHNICAL", "band", band);
	}

}
