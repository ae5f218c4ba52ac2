package org.batterytown.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.Api;
import org.batterytown.IntegrationTest;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.project.CapacityLineDraft;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectDraft;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectStage;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The monthly report's workflow through the API, as the enterprise, the zone's staff and a viewer see it. */
class ReportWorkflowTests extends IntegrationTest {

	@Autowired
	ProjectManagement projects;

	private UUID enterprise;

	private String owner;

	private String staff;

	private String viewer;

	private String other;

	@BeforeEach
	void enterpriseWithAProducingGraphitizationLine() {
		UUID park = pingding().id().value();
		enterprise = enterprises.register(Actor.system(), new EnterpriseDraft(park, null,
				"月报测试企业 " + UUID.randomUUID(), null, null, null, false, null)).value();
		// 60,000 t/yr in production: 5,000 t a month, hard limit 7,500 t
		projects.register(Actor.system(), new ProjectDraft(enterprise, "月报测试石墨化", null, null,
				ProjectStage.IN_PRODUCTION, null,
				List.of(new CapacityLineDraft(Product.GRAPHITIZATION_TOLL, new java.math.BigDecimal("60000"), null)),
				List.of()));
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		owner = ensureUser("report-owner-" + suffix, Role.ENTERPRISE, null, enterprise);
		staff = ensureUser("report-staff", Role.STAFF, park, null);
		viewer = ensureUser("report-viewer", Role.VIEWER, park, null);
		other = ensureUser("report-other", Role.ENTERPRISE, null, enterprise("山西中烨新能源科技有限公司").id().value());
	}

	private static Map<String, Object> content(long tonnes, long yuan, long kwh, Map<String, String> explanations) {
		return json("lines", List.of(json("product", "GRAPHITIZATION_TOLL", "production", tonnes, "sales", tonnes,
				"outputValue", yuan)), "electricityKwh", kwh, "employees", 120, "taxes", 800000, "investments", List.of(),
				"explanations", explanations);
	}

	private Api.Response open(String user, String period) {
		return api().post("/api/v1/stats/reports", user, USER_PASSWORD, json("enterpriseId", enterprise, "period", period));
	}

	@Test
	void theEnterpriseFillsInSubmitsIsReturnedResubmitsAndIsAccepted() {
		Api.Response opened = open(owner, "2025-03");
		assertThat(opened.status()).isEqualTo(201);
		String id = opened.json().get("id").asString();
		String path = "/api/v1/stats/reports/" + id;

		// a draft may be incomplete
		Api.Response draft = api().put(path, owner, USER_PASSWORD, json("employees", 120), opened.version());
		assertThat(draft.status()).isEqualTo(200);

		// hard errors block submission, each at its field, and nothing changes
		Api.Response tooMuch = api().post(path + "/submit", owner, USER_PASSWORD,
				content(8000, 64000000, 88000000, Map.of()), draft.version());
		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(fields(tooMuch)).containsExactly("lines[0].production");
		assertThat(api().get(path, owner, USER_PASSWORD).json().get("status").asString()).isEqualTo("DRAFT");

		// a fee outside the band needs an explanation, and "核实无误" is none
		Api.Response unexplained = api().post(path + "/submit", owner, USER_PASSWORD,
				content(4000, 48000000, 44000000, Map.of("PRICE_BAND:GRAPHITIZATION_TOLL", "核实无误")), draft.version());
		assertThat(unexplained.status()).isEqualTo(422);
		assertThat(fields(unexplained)).containsExactly("explanations[PRICE_BAND:GRAPHITIZATION_TOLL]");

		Api.Response submitted = api().post(path + "/submit", owner, USER_PASSWORD,
				content(4000, 48000000, 44000000, Map.of("PRICE_BAND:GRAPHITIZATION_TOLL", "新签高端客户，加工费上调")),
				draft.version());
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");

		// the enterprise cannot accept its own report; a viewer cannot return it
		assertThat(api().post(path + "/accept", owner, USER_PASSWORD, Map.of(), submitted.version()).status())
			.isEqualTo(403);
		assertThat(api().post(path + "/return", viewer, USER_PASSWORD, json("reason", "x"), submitted.version())
			.status()).isEqualTo(403);

		Api.Response returned = api().post(path + "/return", staff, USER_PASSWORD, json("reason", "请附加工合同"),
				submitted.version());
		assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
		assertThat(returned.json().get("returnReason").asString()).isEqualTo("请附加工合同");

		Api.Response again = api().post(path + "/submit", owner, USER_PASSWORD,
				content(4000, 32000000, 44000000, Map.of()), returned.version());
		assertThat(again.status()).isEqualTo(200);
		Api.Response accepted = api().post(path + "/accept", staff, USER_PASSWORD, Map.of(), again.version());
		assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");

		// accepted is locked
		assertThat(api().put(path, owner, USER_PASSWORD, content(1, 1, 1, Map.of()), accepted.version()).status())
			.isEqualTo(422);
	}

	@Test
	void aCorrectionIsANewRevisionAndSupersedesTheAcceptedOneOnlyWhenAccepted() {
		String first = acceptedReport("2025-04", 4000, 32000000);
		Api.Response revision = api().post("/api/v1/stats/reports/" + first + "/revisions", owner, USER_PASSWORD,
				Map.of());
		assertThat(revision.status()).isEqualTo(201);
		assertThat(revision.json().get("revision").asInt()).isEqualTo(2);
		assertThat(revision.json().get("lines").get(0).get("production").asInt()).isEqualTo(4000);
		// a second correction cannot be opened while one is open
		assertThat(api().post("/api/v1/stats/reports/" + first + "/revisions", owner, USER_PASSWORD, Map.of()).status())
			.isEqualTo(422);
		String second = revision.json().get("id").asString();
		assertThat(status(first)).isEqualTo("ACCEPTED");

		Api.Response submitted = api().post("/api/v1/stats/reports/" + second + "/submit", owner, USER_PASSWORD,
				content(4200, 33600000, 46200000, Map.of()), revision.version());
		api().post("/api/v1/stats/reports/" + second + "/accept", staff, USER_PASSWORD, Map.of(), submitted.version());
		assertThat(status(first)).isEqualTo("SUPERSEDED");
		assertThat(status(second)).isEqualTo("ACCEPTED");
		JsonNode revisions = api().get("/api/v1/stats/reports/" + second, owner, USER_PASSWORD).json().get("revisions");
		assertThat(revisions.get(0).get("revision").asInt()).isEqualTo(1);
		assertThat(revisions.get(0).get("status").asString()).isEqualTo("SUPERSEDED");
	}

	@Test
	void anEnterpriseSeesAndFilesOnlyItsOwnReportsAndAViewerChangesNothing() {
		String id = acceptedReport("2025-05", 4000, 32000000);
		assertThat(api().get("/api/v1/stats/reports/" + id, other, USER_PASSWORD).status()).isEqualTo(404);
		assertThat(open(other, "2025-06").status()).isEqualTo(404);
		assertThat(open(viewer, "2025-06").status()).isEqualTo(403);
		assertThat(api().post("/api/v1/stats/reports/" + id + "/revisions", viewer, USER_PASSWORD, Map.of()).status())
			.isEqualTo(403);
		JsonNode othersList = api().get("/api/v1/stats/reports?size=200", other, USER_PASSWORD).json().get("content");
		othersList.forEach(r -> assertThat(r.get("enterpriseId").asString()).isNotEqualTo(enterprise.toString()));
		assertThat(api().get("/api/v1/stats/reports?enterpriseId=" + enterprise, viewer, USER_PASSWORD).json()
			.get("totalElements").asInt()).isEqualTo(1);
		// a month can be opened once
		assertThat(open(owner, "2025-05").status()).isEqualTo(422);
	}

	private String acceptedReport(String period, long tonnes, long yuan) {
		Api.Response opened = open(owner, period);
		String id = opened.json().get("id").asString();
		Api.Response submitted = api().post("/api/v1/stats/reports/" + id + "/submit", owner, USER_PASSWORD,
				content(tonnes, yuan, tonnes * 11000, Map.of()), opened.version());
		assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
		assertThat(api().post("/api/v1/stats/reports/" + id + "/accept", staff, USER_PASSWORD, Map.of(),
				submitted.version()).status()).isEqualTo(200);
		return id;
	}

	private String status(String id) {
		return api().get("/api/v1/stats/reports/" + id, owner, USER_PASSWORD).json().get("status").asString();
	}

	private static List<String> fields(Api.Response response) {
		List<String> fields = new java.util.ArrayList<>();
		response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

}
