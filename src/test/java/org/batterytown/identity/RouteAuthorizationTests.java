package org.batterytown.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Function;

import org.batterytown.IntegrationTest;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.project.CapacityLineDraft;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectDraft;
import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.batterytown.source.SourceDraft;
import org.batterytown.source.Sources;
import org.batterytown.stats.ReportImports;
import org.batterytown.stats.StatsReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route, for every kind of user: anonymous, admin, staff of the park, viewer of the park, the
 * enterprise user who owns the data, and an enterprise user of another enterprise. A route without an
 * expectation here fails the test, so no new route goes unchecked.
 *
 * <p>Expectations are six letters in that order: {@code y} means the user gets past security and data
 * scope (whatever the handler then says), {@code n} means 401, 403, 404 or the login page.
 */
class RouteAuthorizationTests extends IntegrationTest {

	private static final List<String> WHO = List.of("anonymous", "admin", "staff", "viewer", "owner", "other");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ProjectManagement projects;

	@Autowired
	Sources sources;

	@Autowired
	StatsReports reports;

	@Autowired
	ReportImports imports;

	@Autowired
	org.batterytown.plan.PlanManagement plans;

	@Autowired
	org.batterytown.attraction.AttractionManagement attraction;

	private Fixture f;

	/** The data the requests touch: an enterprise and project of their own, so mutations harm no other test. */
	record Fixture(UUID park, UUID enterprise, UUID project, UUID targetUser, UUID source, UUID report,
			UUID importId, Map<String, String> users) {
	}

	@BeforeEach
	void fixture() {
		UUID park = pingding().id().value();
		EnterpriseId enterprise = enterprises.register(Actor.system(), new EnterpriseDraft(park, null,
				"路由测试企业 " + UUID.randomUUID(), null, null, null, false, null));
		ProjectId project = projects.register(Actor.system(), new ProjectDraft(enterprise.value(), "路由测试项目", null,
				null, null, null, List.of(new CapacityLineDraft(Product.ANODE_FINISHED, null, null)), List.of()));
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> users = new LinkedHashMap<>();
		users.put("admin", "admin");
		users.put("staff", ensureUser("routes-staff", Role.STAFF, park, null));
		users.put("viewer", ensureUser("routes-viewer", Role.VIEWER, park, null));
		users.put("owner", ensureUser("routes-owner-" + suffix, Role.ENTERPRISE, null, enterprise.value()));
		users.put("other", ensureUser("routes-other", Role.ENTERPRISE, null,
				enterprise("山西中烨新能源科技有限公司").id().value()));
		String target = ensureUser("routes-target-" + suffix, Role.VIEWER, park, null);
		UUID targetId = this.users.list(Actor.system()).stream().filter(u -> u.username().equals(target))
			.findFirst().orElseThrow().id();
		UUID source = sources.register(new SourceDraft("路由测试来源", null, null, null)).value();
		UUID report = reports.open(Actor.system(), enterprise.value(), YearMonth.of(2025, 1));
		String name = enterprises.get(Actor.system(), enterprise).name().zh();
		String csv = "统一社会信用代码,企业名称,报告期,产品,产量,销量,工业总产值（元）,用电量（千瓦时）,综合能源消费量（吨标准煤）,从业人员（人）,税收（元）,说明\n,"
				+ name + ",2024-06,负极材料成品,0,0,0,1000,,10,0,\n";
		UUID importId;
		try {
			importId = imports.importFile(Actor.system(), park, "routes.csv", csv.length(),
					new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).id();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		f = new Fixture(park, enterprise.value(), project.value(), targetId, source, report, importId, users);
	}

	private final Map<String, Route> routes = new LinkedHashMap<>();

	private void route(String key, String expected, Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request) {
		routes.put(key, new Route(expected, request));
	}

	record Route(String expected, Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request) {
	}

	private long projectVersion() {
		return projects.get(Actor.system(), new ProjectId(f.project())).version();
	}

	private long reportVersion() {
		return reports.get(Actor.system(), f.report()).version();
	}

	private long enterpriseVersion() {
		return enterprises.get(Actor.system(), new EnterpriseId(f.enterprise())).version();
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder builder, String body) {
		return builder.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private String projectJson(Fixture x) {
		return "{\"enterpriseId\":\"" + x.enterprise() + "\",\"nameZh\":\"路由测试项目\",\"capacityLines\":[{\"product\":\"ANODE_FINISHED\"}]}";
	}

	private String enterpriseJson(Fixture x, String name) {
		return "{\"parkId\":\"" + x.park() + "\",\"nameZh\":\"" + name + "\",\"chainLeader\":false}";
	}

	private void expectations() {
		// Pages and the login
		route("GET /login", "yyyyyy", x -> get("/login"));
		route("ANY /error", "yyyyyy", x -> get("/error"));
		route("GET /", "nyyyyy", x -> get("/"));
		route("GET /account/password", "nyyyyy", x -> get("/account/password"));
		route("POST /account/password", "nyyyyy", x -> post("/account/password").param("currentPassword", "wrong")
			.param("newPassword", "x").param("repeatPassword", "y"));
		route("GET /enterprises", "nyyyyy", x -> get("/enterprises"));
		route("GET /enterprises/new", "nyynnn", x -> get("/enterprises/new"));
		route("POST /enterprises", "nyynnn", x -> post("/enterprises").param("parkId", x.park().toString())
			.param("nameZh", "路由页面企业 " + UUID.randomUUID()).param("chainLeader", "false"));
		route("POST /enterprises/check-credit-code", "nyyyyy",
				x -> post("/enterprises/check-credit-code").param("creditCode", "91350100M000100Y43"));
		route("GET /enterprises/{id}", "nyyyyn", x -> get("/enterprises/" + x.enterprise()));
		route("GET /enterprises/{id}/edit", "nyynyn", x -> get("/enterprises/" + x.enterprise() + "/edit"));
		route("POST /enterprises/{id}", "nyynyn", x -> post("/enterprises/" + x.enterprise())
			.param("version", Long.toString(enterpriseVersion())).param("parkId", x.park().toString())
			.param("nameZh", enterprises.get(Actor.system(), new EnterpriseId(x.enterprise())).name().zh())
			.param("chainLeader", "false"));
		route("GET /chain", "nyyyyy", x -> get("/chain"));
		// the calendar: everyone reads it, admins change it (a day far off that is not on it, so nothing changes)
		route("GET /calendar", "nyyyyy", x -> get("/calendar"));
		route("POST /calendar", "nynnnn", x -> post("/calendar"));
		route("POST /calendar/{day}/delete", "nynnnn", x -> post("/calendar/2099-01-05/delete"));
		route("GET /api/v1/calendar", "nyyyyy", x -> get("/api/v1/calendar?year=2026"));
		route("PUT /api/v1/calendar/{day}", "nynnnn", x -> put("/api/v1/calendar/2099-01-05")
			.contentType(MediaType.APPLICATION_JSON).content("{}"));
		route("DELETE /api/v1/calendar/{day}", "nynnnn", x -> delete("/api/v1/calendar/2099-01-05"));
		route("GET /projects", "nyyyyy", x -> get("/projects"));
		route("GET /projects/new", "nyynyy", x -> get("/projects/new"));
		route("POST /projects", "nyynyn", x -> post("/projects").param("enterpriseId", x.enterprise().toString())
			.param("nameZh", "路由页面项目").param("capacityLines[0].product", "ANODE_FINISHED"));
		route("GET /projects/{id}", "nyyyyn", x -> get("/projects/" + x.project()));
		route("GET /projects/{id}/edit", "nyynyn", x -> get("/projects/" + x.project() + "/edit"));
		route("POST /projects/{id}", "nyynyn", x -> post("/projects/" + x.project())
			.param("version", Long.toString(projectVersion())).param("enterpriseId", x.enterprise().toString())
			.param("nameZh", "路由测试项目").param("capacityLines[0].product", "ANODE_FINISHED"));
		route("POST /projects/{id}/stage", "nyynyn", x -> post("/projects/" + x.project() + "/stage")
			.param("version", Long.toString(projectVersion())).param("target", "SIGNED"));
		route("POST /projects/{id}/milestones", "nyynyn", x -> post("/projects/" + x.project() + "/milestones")
			.param("version", Long.toString(projectVersion())).param("kind", "SIGNING").param("plannedDate", "2026-01-01"));
		route("POST /projects/{id}/notes", "nyynyn", x -> post("/projects/" + x.project() + "/notes")
			.param("version", Long.toString(projectVersion())).param("text", "路由测试记录"));
		route("POST /projects/{id}/sources", "nyynyn", x -> post("/projects/" + x.project() + "/sources")
			.param("title", "路由测试来源").param("field", "*"));
		route("GET /admin/users", "nynnnn", x -> get("/admin/users"));
		route("POST /admin/users", "nynnnn", x -> post("/admin/users")
			.param("username", "routes-new-" + UUID.randomUUID().toString().substring(0, 8))
			.param("password", "a-long-enough-password").param("role", "VIEWER"));
		route("POST /admin/users/{id}/enabled", "nynnnn",
				x -> post("/admin/users/" + x.targetUser() + "/enabled").param("enabled", "true"));
		route("POST /admin/users/{id}/password", "nynnnn",
				x -> post("/admin/users/" + x.targetUser() + "/password").param("password", "another-long-password"));
		// Monthly statistics: the enterprise and the zone fill in, only the zone reviews
		route("GET /stats/reports", "nyyyyy", x -> get("/stats/reports"));
		route("POST /stats/reports", "nyynyn", x -> post("/stats/reports").param("enterpriseId", x.enterprise().toString())
			.param("period", "2024-12"));
		route("GET /stats/reports/{id}", "nyyyyn", x -> get("/stats/reports/" + x.report()));
		route("GET /stats/reports/{id}/edit", "nyynyn", x -> get("/stats/reports/" + x.report() + "/edit"));
		route("POST /stats/reports/{id}", "nyynyn", x -> post("/stats/reports/" + x.report())
			.param("version", Long.toString(reportVersion())).param("employees", "10"));
		route("POST /stats/reports/{id}/accept", "nyynnn", x -> post("/stats/reports/" + x.report() + "/accept")
			.param("version", Long.toString(reportVersion())));
		route("POST /stats/reports/{id}/return", "nyynnn", x -> post("/stats/reports/" + x.report() + "/return")
			.param("version", Long.toString(reportVersion())).param("reason", "路由测试"));
		route("POST /stats/reports/{id}/revise", "nyynyn", x -> post("/stats/reports/" + x.report() + "/revise"));
		route("GET /api/v1/stats/reports", "nyyyyy", x -> get("/api/v1/stats/reports"));
		route("POST /api/v1/stats/reports", "nyynyn", x -> json(post("/api/v1/stats/reports"),
				"{\"enterpriseId\":\"" + x.enterprise() + "\",\"period\":\"2024-11\"}"));
		route("GET /api/v1/stats/reports/{id}", "nyyyyn", x -> get("/api/v1/stats/reports/" + x.report()));
		route("PUT /api/v1/stats/reports/{id}", "nyynyn", x -> json(put("/api/v1/stats/reports/" + x.report()),
				"{\"employees\":10}").header("If-Match", Long.toString(reportVersion())));
		route("POST /api/v1/stats/reports/{id}/submit", "nyynyn", x -> json(
				post("/api/v1/stats/reports/" + x.report() + "/submit"), "{\"employees\":10}")
			.header("If-Match", Long.toString(reportVersion())));
		route("POST /api/v1/stats/reports/{id}/accept", "nyynnn",
				x -> post("/api/v1/stats/reports/" + x.report() + "/accept").header("If-Match", Long.toString(reportVersion())));
		route("POST /api/v1/stats/reports/{id}/return", "nyynnn", x -> json(
				post("/api/v1/stats/reports/" + x.report() + "/return"), "{\"reason\":\"路由测试\"}")
			.header("If-Match", Long.toString(reportVersion())));
		route("POST /api/v1/stats/reports/{id}/revisions", "nyynyn",
				x -> post("/api/v1/stats/reports/" + x.report() + "/revisions"));
		String importCsv = "统一社会信用代码,企业名称,报告期,产品,产量,销量,工业总产值（元）,用电量（千瓦时）,综合能源消费量（吨标准煤）,从业人员（人）,税收（元）,说明\n";
		route("GET /stats/imports", "nyynnn", x -> get("/stats/imports"));
		route("POST /stats/imports", "nyynnn", x -> multipart("/stats/imports").file(new MockMultipartFile("file",
				"routes.csv", "text/csv", importCsv.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
		route("GET /stats/imports/{id}/errors.csv", "nyynnn", x -> get("/stats/imports/" + x.importId() + "/errors.csv"));
		route("GET /stats/imports/{id}/errors.xlsx", "nyynnn", x -> get("/stats/imports/" + x.importId() + "/errors.xlsx"));
		route("GET /stats/imports/template.xlsx", "nyyyyy", x -> get("/stats/imports/template.xlsx"));
		route("GET /stats/imports/template.csv", "nyyyyy", x -> get("/stats/imports/template.csv"));
		route("POST /api/v1/stats/imports", "nyynnn", x -> multipart("/api/v1/stats/imports").file(new MockMultipartFile(
				"file", "routes.csv", "text/csv", importCsv.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
		route("GET /api/v1/stats/imports/{id}", "nyynnn", x -> get("/api/v1/stats/imports/" + x.importId()));
		route("GET /api/v1/stats/imports/{id}/errors.csv", "nyynnn",
				x -> get("/api/v1/stats/imports/" + x.importId() + "/errors.csv"));
		route("GET /api/v1/stats/imports/template.xlsx", "nyyyyy", x -> get("/api/v1/stats/imports/template.xlsx"));
		route("GET /api/v1/stats/imports/template.csv", "nyyyyy", x -> get("/api/v1/stats/imports/template.csv"));
		route("GET /stats", "nyyyyy", x -> get("/stats?parkId=" + x.park()));
		// a park's figures show every enterprise's: not for enterprise users
		route("GET /api/v1/stats/figures", "nyyynn", x -> get("/api/v1/stats/figures?parkId=" + x.park()));
		// month-end: the dispatch report shows every enterprise, so not for enterprise users; only the zone closes
		String old = "/2001-01";
		route("GET /stats/months", "nyyynn", x -> get("/stats/months?parkId=" + x.park()));
		route("GET /stats/months/{month}", "nyyynn", x -> get("/stats/months" + old + "?parkId=" + x.park()));
		route("POST /stats/months/{month}/close", "nyynnn", x -> post("/stats/months" + old + "/close?parkId=" + x.park()));
		route("GET /stats/months/{month}/dispatch.pdf", "nyyynn",
				x -> get("/stats/months" + old + "/dispatch.pdf?parkId=" + x.park()));
		route("GET /stats/months/{month}/dispatch.xlsx", "nyyynn",
				x -> get("/stats/months" + old + "/dispatch.xlsx?parkId=" + x.park()));
		route("GET /api/v1/stats/months", "nyyynn", x -> get("/api/v1/stats/months?parkId=" + x.park()));
		route("GET /api/v1/stats/months/{month}", "nyyynn", x -> get("/api/v1/stats/months" + old + "?parkId=" + x.park()));
		route("GET /api/v1/stats/months/{month}/chasing", "nyyynn",
				x -> get("/api/v1/stats/months" + old + "/chasing?parkId=" + x.park()));
		route("POST /api/v1/stats/months/{month}/close", "nyynnn",
				x -> post("/api/v1/stats/months" + old + "/close?parkId=" + x.park()));
		route("GET /api/v1/stats/months/{month}/dispatch.pdf", "nyyynn",
				x -> get("/api/v1/stats/months" + old + "/dispatch.pdf?parkId=" + x.park()));
		route("GET /api/v1/stats/months/{month}/dispatch.xlsx", "nyyynn",
				x -> get("/api/v1/stats/months" + old + "/dispatch.xlsx?parkId=" + x.park()));
		route("GET /api/v1/stats/industry-figures", "nyyyyy", x -> get("/api/v1/stats/industry-figures?parkId=" + x.park()));
		planRoutes();
		leadRoutes();
		approvalRoutes();
		ticketRoutes();
		retentionRoutes();
		landRoutes();
		incentiveRoutes();
		route("POST /api/v1/stats/industry-figures", "nyynnn", x -> json(post("/api/v1/stats/industry-figures"),
				"{\"parkId\":\"" + x.park() + "\",\"year\":2010,\"industryZh\":\"路由测试产业" + UUID.randomUUID()
						+ "\",\"parkIndustry\":false,\"sourceId\":\"" + x.source() + "\"}"));
		// OpenAPI description: for logged-in users
		route("GET /v3/api-docs", "nyyyyy", x -> get("/v3/api-docs"));
		route("GET /v3/api-docs.yaml", "nyyyyy", x -> get("/v3/api-docs.yaml"));
		route("GET /v3/api-docs/swagger-config", "nyyyyy", x -> get("/v3/api-docs/swagger-config"));
		route("GET /swagger-ui.html", "nyyyyy", x -> get("/swagger-ui.html"));
		// API
		route("GET /api/v1/parks", "nyyyyy", x -> get("/api/v1/parks"));
		route("POST /api/v1/parks", "nynnnn", x -> json(post("/api/v1/parks"),
				"{\"code\":\"RT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "\",\"nameZh\":\"路由测试园区\"}"));
		route("GET /api/v1/parks/{id}", "nyyyyy", x -> get("/api/v1/parks/" + x.park()));
		route("PUT /api/v1/parks/{id}", "nyynnn", x -> json(put("/api/v1/parks/" + x.park()),
				"{\"code\":\"PD-NEBT\",\"nameZh\":\"" + pingding().name().zh() + "\",\"nameEn\":\"" + pingding().name().en()
						+ "\",\"province\":\"山西省\",\"city\":\"阳泉市\",\"county\":\"平定县\",\"town\":\"张庄镇\",\"tierZh\":\""
						+ pingding().tier().zh() + "\",\"tierEn\":\"" + pingding().tier().en() + "\",\"managingBodyZh\":\""
						+ pingding().managingBody().zh() + "\",\"managingBodyEn\":\"" + pingding().managingBody().en()
						+ "\",\"leadIndustryZh\":\"" + pingding().leadIndustry().zh() + "\",\"leadIndustryEn\":\""
						+ pingding().leadIndustry().en() + "\",\"descriptionZh\":\"" + pingding().description().zh()
						+ "\",\"descriptionEn\":\"" + pingding().description().en().replace("\"", "\\\"") + "\"}")
			.header("If-Match", Long.toString(pingding().version())));
		route("GET /api/v1/parks/{id}/citations", "nyyyyy", x -> get("/api/v1/parks/" + x.park() + "/citations"));
		route("POST /api/v1/parks/{id}/citations", "nyynnn", x -> json(post("/api/v1/parks/" + x.park() + "/citations"),
				"{\"sourceId\":\"" + x.source() + "\",\"field\":\"*\"}"));
		route("GET /api/v1/enterprises", "nyyyyy", x -> get("/api/v1/enterprises"));
		route("POST /api/v1/enterprises", "nyynnn",
				x -> json(post("/api/v1/enterprises"), enterpriseJson(x, "路由接口企业 " + UUID.randomUUID())));
		route("GET /api/v1/enterprises/{id}", "nyyyyn", x -> get("/api/v1/enterprises/" + x.enterprise()));
		route("PUT /api/v1/enterprises/{id}", "nyynyn", x -> json(put("/api/v1/enterprises/" + x.enterprise()),
				enterpriseJson(x, enterprises.get(Actor.system(), new EnterpriseId(x.enterprise())).name().zh()))
			.header("If-Match", Long.toString(enterpriseVersion())));
		route("GET /api/v1/enterprises/{id}/history", "nyyyyn", x -> get("/api/v1/enterprises/" + x.enterprise() + "/history"));
		route("GET /api/v1/enterprises/{id}/citations", "nyyyyn",
				x -> get("/api/v1/enterprises/" + x.enterprise() + "/citations"));
		route("POST /api/v1/enterprises/{id}/citations", "nyynyn", x -> json(
				post("/api/v1/enterprises/" + x.enterprise() + "/citations"),
				"{\"sourceId\":\"" + x.source() + "\",\"field\":\"*\"}"));
		route("GET /api/v1/projects", "nyyyyy", x -> get("/api/v1/projects"));
		route("POST /api/v1/projects", "nyynyn", x -> json(post("/api/v1/projects"), projectJson(x)));
		route("GET /api/v1/projects/capacity", "nyyyyy", x -> get("/api/v1/projects/capacity?parkId=" + x.park()));
		route("GET /api/v1/projects/{id}", "nyyyyn", x -> get("/api/v1/projects/" + x.project()));
		route("PUT /api/v1/projects/{id}", "nyynyn", x -> json(put("/api/v1/projects/" + x.project()), projectJson(x))
			.header("If-Match", Long.toString(projectVersion())));
		route("POST /api/v1/projects/{id}/stage-transitions", "nyynyn", x -> json(
				post("/api/v1/projects/" + x.project() + "/stage-transitions"), "{\"target\":\"SUSPENDED\"}")
			.header("If-Match", Long.toString(projectVersion())));
		route("PUT /api/v1/projects/{id}/milestones/{kind}", "nyynyn", x -> json(
				put("/api/v1/projects/" + x.project() + "/milestones/PRODUCTION"), "{\"plannedDate\":\"2027-06-30\"}")
			.header("If-Match", Long.toString(projectVersion())));
		route("POST /api/v1/projects/{id}/notes", "nyynyn", x -> json(post("/api/v1/projects/" + x.project() + "/notes"),
				"{\"text\":\"路由接口记录\"}").header("If-Match", Long.toString(projectVersion())));
		route("GET /api/v1/projects/{id}/history", "nyyyyn", x -> get("/api/v1/projects/" + x.project() + "/history"));
		route("GET /api/v1/projects/{id}/citations", "nyyyyn", x -> get("/api/v1/projects/" + x.project() + "/citations"));
		route("POST /api/v1/projects/{id}/citations", "nyynyn", x -> json(
				post("/api/v1/projects/" + x.project() + "/citations"), "{\"sourceId\":\"" + x.source() + "\",\"field\":\"*\"}"));
		route("GET /api/v1/chain/links", "nyyyyy", x -> get("/api/v1/chain/links"));
		route("GET /api/v1/chain/coefficients", "nyyyyy", x -> get("/api/v1/chain/coefficients"));
		route("GET /api/v1/chain/coefficients/history", "nyyyyy", x -> get("/api/v1/chain/coefficients/history"));
		String band = "{\"low\":1710,\"base\":1710,\"high\":1710,\"source\":\"RESEARCH.md §1.5: MIIT 2024\",\"grade\":\"C\"}";
		route("PUT /api/v1/chain/coefficients/intensity", "nyynnn", x -> json(put("/api/v1/chain/coefficients/intensity"),
				"{\"link\":\"ANODE\",\"chemistry\":\"LFP\",\"basis\":\"APPARENT\",\"band\":" + band + "}"));
		route("PUT /api/v1/chain/coefficients/anode-inputs/{input}", "nyynnn", x -> json(
				put("/api/v1/chain/coefficients/anode-inputs/COKE"),
				"{\"low\":1.2,\"base\":1.35,\"high\":1.5,\"source\":\"RESEARCH.md §2.4\",\"grade\":\"D\"}"));
		route("PUT /api/v1/chain/coefficients/prices/{link}/{year}", "nyynnn", x -> json(
				put("/api/v1/chain/coefficients/prices/ANODE/2023"),
				"{\"low\":28000,\"base\":28000,\"high\":28000,\"source\":\"RESEARCH.md §3.1\",\"grade\":\"B\"}"));
		route("PUT /api/v1/chain/coefficients/utilization/{year}", "nyynnn", x -> json(
				put("/api/v1/chain/coefficients/utilization/2023"),
				"{\"low\":0.55,\"base\":0.65,\"high\":0.7,\"source\":\"RESEARCH.md §3.3\",\"grade\":\"B\"}"));
		route("GET /chain/coefficients", "nyyyyy", x -> get("/chain/coefficients"));
		route("POST /chain/coefficients", "nyynnn", x -> post("/chain/coefficients").param("link", "ANODE")
			.param("chemistry", "LFP").param("basis", "APPARENT").param("band.low", "1710").param("band.base", "1710")
			.param("band.high", "1710").param("band.grade", "C").param("band.source", "RESEARCH.md §1.5: MIIT 2024"));
		route("POST /chain/coefficients/anode-inputs/{input}", "nyynnn", x -> post("/chain/coefficients/anode-inputs/COKE")
			.param("low", "1.2").param("base", "1.35").param("high", "1.5").param("grade", "D").param("source", "RESEARCH.md §2.4"));
		route("POST /chain/coefficients/prices/{link}/{year}", "nyynnn", x -> post("/chain/coefficients/prices/ANODE/2023")
			.param("low", "28000").param("base", "28000").param("high", "28000").param("grade", "B")
			.param("source", "RESEARCH.md §3.1"));
		route("POST /chain/coefficients/utilization/{year}", "nyynnn", x -> post("/chain/coefficients/utilization/2023")
			.param("low", "0.55").param("base", "0.65").param("high", "0.7").param("grade", "B")
			.param("source", "RESEARCH.md §3.3"));
		route("GET /api/v1/chain/gaps", "nyyyyy", x -> get("/api/v1/chain/gaps?parkId=" + x.park()));
		route("GET /api/v1/chain/balance", "nyyyyy", x -> get("/api/v1/chain/balance?parkId=" + x.park()));
		route("GET /api/v1/sources", "nyyyyy", x -> get("/api/v1/sources"));
		route("POST /api/v1/sources", "nyynyy", x -> json(post("/api/v1/sources"), "{\"title\":\"路由接口来源\"}"));
		route("GET /api/v1/users", "nynnnn", x -> get("/api/v1/users"));
		route("POST /api/v1/users", "nynnnn", x -> json(post("/api/v1/users"), "{\"username\":\"routes-api-"
				+ UUID.randomUUID().toString().substring(0, 8) + "\",\"password\":\"a-long-enough-password\",\"role\":\"VIEWER\"}"));
		route("PUT /api/v1/users/{id}/enabled", "nynnnn",
				x -> json(put("/api/v1/users/" + x.targetUser() + "/enabled"), "{\"enabled\":true}"));
		route("PUT /api/v1/users/{id}/password", "nynnnn",
				x -> json(put("/api/v1/users/" + x.targetUser() + "/password"), "{\"password\":\"another-long-password\"}"));
	}

	/**
	 * Plans and projections speak of every enterprise's projects: not for enterprise users; only the
	 * zone writes. The writes send incomplete bodies, so a permitted one is refused as invalid (422)
	 * and changes nothing.
	 */
	private void planRoutes() {
		String plan = "/api/v1/plans/" + plans.ofPark(org.batterytown.shared.Actor.system(), pingding().id().value())
			.get(0).id().value();
		String planId = plan.substring(plan.lastIndexOf('/') + 1);
		route("GET /plans", "nyyynn", x -> get("/plans?parkId=" + x.park()));
		route("GET /plans/{id}", "nyyynn", x -> get("/plans/" + planId));
		route("POST /plans/{id}/scenarios", "nyynnn", x -> post("/plans/" + planId + "/scenarios"));
		route("GET /plans/{id}/edit", "nyynnn", x -> get("/plans/" + planId + "/edit"));
		// version 0 is stale by now: a permitted user gets the form back saying so, and nothing changes
		route("POST /plans/{id}/edit", "nyynnn", x -> post("/plans/" + planId + "/edit").param("version", "-1"));
		route("GET /api/v1/plans", "nyyynn", x -> get("/api/v1/plans?parkId=" + x.park()));
		route("POST /api/v1/plans", "nyynnn", x -> post("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
			.content("{\"parkId\":\"" + x.park() + "\"}"));
		route("GET /api/v1/plans/{id}", "nyyynn", x -> get(plan));
		route("PUT /api/v1/plans/{id}", "nyynnn", x -> put(plan).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"parkId\":\"" + x.park() + "\"}"));
		route("GET /api/v1/plans/{id}/versions", "nyyynn", x -> get(plan + "/versions"));
		route("GET /api/v1/plans/{id}/versions/{no}", "nyyynn", x -> get(plan + "/versions/1"));
		route("GET /api/v1/plans/{id}/forecasts", "nyyynn", x -> get(plan + "/forecasts"));
		route("POST /api/v1/plans/{id}/forecasts", "nyynnn", x -> post(plan + "/forecasts")
			.contentType(MediaType.APPLICATION_JSON).content("{}"));
		route("GET /api/v1/projections", "nyyynn", x -> get("/api/v1/projections?scenarios=100&planId=" + planId));
		route("GET /api/v1/projections/compare", "nyyynn",
				x -> get("/api/v1/projections/compare?scenarios=100&planId=" + planId));
		route("GET /api/v1/projections/assumptions", "nyyyyy", x -> get("/api/v1/projections/assumptions"));
		route("PUT /api/v1/projections/assumptions/{key}", "nyynnn", x -> put("/api/v1/projections/assumptions/ramp")
			.contentType(MediaType.APPLICATION_JSON).content("{}"));
		route("GET /api/v1/projections/scenarios", "nyyynn", x -> get("/api/v1/projections/scenarios?planId=" + planId));
		route("POST /api/v1/projections/scenarios", "nyynnn", x -> post("/api/v1/projections/scenarios")
			.contentType(MediaType.APPLICATION_JSON).content("{\"planId\":\"" + planId + "\"}"));
	}

	/** Leads: the zone works them; leaders read code names; enterprise users see none. */
	@Autowired
	org.batterytown.attraction.TargetList targets;

	@Autowired
	org.batterytown.approval.ApprovalCases approvals;

	/** The approval case of the fixture's project, opened on first use. */
	private String approvalCase(Fixture x) {
		return approvals.ofProject(Actor.system(), x.project()).map(c -> c.id().toString())
			.orElseGet(() -> approvals.open(Actor.system(), new org.batterytown.approval.OpenCase(x.project(),
					org.batterytown.approval.ApprovalMode.COMMITMENT, false, org.batterytown.approval.EiaLevel.FORM, null,
					false, false, "路由代办员", null, null)).toString());
	}

	@Autowired
	org.batterytown.feedback.Tickets tickets;

	private final Map<UUID, String[]> fixtureTickets = new java.util.HashMap<>();

	/** A ticket of the fixture's enterprise with one attachment: its path and the attachment's. */
	private String[] ticket(Fixture x) {
		return fixtureTickets.computeIfAbsent(x.enterprise(), e -> {
			UUID id = tickets.file(Actor.system(), new org.batterytown.feedback.TicketDraft(e, x.project(), "HELP",
					"路由测试诉求", "路由测试"));
			UUID attachment = tickets.attach(Actor.system(), id, "说明.pdf",
					"%PDF-1.4\n%test\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			return new String[] { "/tickets/" + id, "/tickets/" + id + "/attachments/" + attachment };
		});
	}

	@Autowired
	org.batterytown.retention.Visits visits;

	@Autowired
	org.batterytown.retention.Surveys surveys;

	@Autowired
	org.batterytown.retention.ChainPartners partners;

	@Autowired
	org.batterytown.retention.FollowUps followUps;

	/** A visit of the fixture's enterprise with a problem and a promise, a survey response and a partner. */
	private record Retention(UUID visit, UUID followUp, UUID response, UUID partner) {
	}

	private final Map<UUID, Retention> fixtureRetention = new java.util.HashMap<>();

	private Retention retention(Fixture x) {
		return fixtureRetention.computeIfAbsent(x.enterprise(), e -> {
			UUID visit = visits.record(Actor.system(), new org.batterytown.retention.VisitDraft(e,
					java.time.LocalDate.of(2026, 11, 2), "路由测试", null, null, null, List.of("路由测试问题"),
					List.of(new org.batterytown.retention.VisitDraft.PromiseDraft("路由测试承诺", null)), null, null, null,
					null));
			UUID followUp = followUps.ofOrigin(Actor.system(), x.park(), visit).get(0).id();
			UUID response = surveys.respond(Actor.system(), new org.batterytown.retention.SurveyDraft(e, null,
					Map.of("hires_planned", "3")));
			UUID partner = partners.add(Actor.system(), new org.batterytown.retention.PartnerDraft(e,
					org.batterytown.retention.PartnerRelation.SUPPLIER, "路由测试供应商", null, null, null));
			return new Retention(visit, followUp, response, partner);
		});
	}

	/**
	 * Retention: the zone records visits, plans, partners and takes problems up; leaders read; an
	 * enterprise reads its own visits, health and follow-ups and answers the survey for itself.
	 * Writes carry stale versions or miss required fields, so nothing changes.
	 */
	private void retentionRoutes() {
		route("GET /retention", "nyyyyy", x -> get("/retention?parkId=" + x.park()));
		route("GET /retention/health/{enterpriseId}", "nyyyyn", x -> get("/retention/health/" + x.enterprise()));
		route("GET /retention/visits", "nyyyyy", x -> get("/retention/visits?parkId=" + x.park()));
		route("GET /retention/visits/new", "nyynnn", x -> get("/retention/visits/new?parkId=" + x.park()));
		route("POST /retention/visits", "nyynnn", x -> post("/retention/visits").param("parkId", x.park().toString()));
		route("GET /retention/visits/{id}", "nyyyyn", x -> get("/retention/visits/" + retention(x).visit()));
		route("POST /retention/visits/{id}/problems/{position}/ticket", "nyynnn",
				x -> post("/retention/visits/" + retention(x).visit() + "/problems/0/ticket").param("version", "-1")
					.param("category", "HELP"));
		route("POST /retention/visits/{id}/problems/{position}/follow-up", "nyynnn",
				x -> post("/retention/visits/" + retention(x).visit() + "/problems/0/follow-up").param("version", "-1"));
		route("POST /retention/visits/{id}/expansion/lead", "nyynnn",
				x -> post("/retention/visits/" + retention(x).visit() + "/expansion/lead").param("version", "-1"));
		route("GET /retention/plan", "nyyynn", x -> get("/retention/plan?parkId=" + x.park()));
		route("POST /retention/plan/{enterpriseId}", "nyynnn",
				x -> post("/retention/plan/" + x.enterprise()).param("version", "-1"));
		route("GET /retention/follow-ups", "nyyyyy", x -> get("/retention/follow-ups?parkId=" + x.park()));
		route("POST /retention/follow-ups/{id}/done", "nyynnn",
				x -> post("/retention/follow-ups/" + retention(x).followUp() + "/done").param("version", "-1"));
		route("GET /retention/partners", "nyyynn", x -> get("/retention/partners?parkId=" + x.park()));
		route("POST /retention/partners", "nyynnn", x -> post("/retention/partners").param("parkId", x.park().toString()));
		route("POST /retention/partners/{id}/candidate", "nyynnn",
				x -> post("/retention/partners/" + retention(x).partner() + "/candidate"));
		route("GET /retention/surveys", "nyyyyy", x -> get("/retention/surveys?parkId=" + x.park()));
		route("GET /retention/surveys/new", "nyynyy", x -> get("/retention/surveys/new?parkId=" + x.park()));
		route("POST /retention/surveys", "nyynyy", x -> post("/retention/surveys").param("parkId", x.park().toString()));
		route("GET /retention/surveys/{id}", "nyyyyn", x -> get("/retention/surveys/" + retention(x).response()));
		route("POST /retention/surveys/{id}/expansion/lead", "nyynnn",
				x -> post("/retention/surveys/" + retention(x).response() + "/expansion/lead"));
		route("POST /retention/surveys/rules/{code}", "nynnnn",
				x -> post("/retention/surveys/rules/RELOCATION").param("version", "-1"));
		route("GET /api/v1/visits", "nyyyyy", x -> get("/api/v1/visits?parkId=" + x.park()));
		route("POST /api/v1/visits", "nyynnn", x -> post("/api/v1/visits").contentType(MediaType.APPLICATION_JSON)
			.content("{}"));
		route("GET /api/v1/visits/{id}", "nyyyyn", x -> get("/api/v1/visits/" + retention(x).visit()));
		route("POST /api/v1/visits/{id}/problems/{position}/ticket", "nyynnn",
				x -> post("/api/v1/visits/" + retention(x).visit() + "/problems/0/ticket").header("If-Match", "\"-1\"")
					.contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"HELP\"}"));
		route("POST /api/v1/visits/{id}/problems/{position}/follow-up", "nyynnn",
				x -> post("/api/v1/visits/" + retention(x).visit() + "/problems/0/follow-up").header("If-Match", "\"-1\"")
					.contentType(MediaType.APPLICATION_JSON).content("{}"));
		route("POST /api/v1/visits/{id}/expansion/lead", "nyynnn",
				x -> post("/api/v1/visits/" + retention(x).visit() + "/expansion/lead").header("If-Match", "\"-1\""));
		route("GET /api/v1/visit-plan", "nyyynn", x -> get("/api/v1/visit-plan?parkId=" + x.park()));
		route("PUT /api/v1/visit-plan/{enterpriseId}", "nyynnn", x -> put("/api/v1/visit-plan/" + x.enterprise())
			.header("If-Match", "\"-1\"").contentType(MediaType.APPLICATION_JSON).content("{}"));
		route("GET /api/v1/follow-ups", "nyyyyy", x -> get("/api/v1/follow-ups?parkId=" + x.park()));
		route("GET /api/v1/follow-ups/{id}", "nyyyyn", x -> get("/api/v1/follow-ups/" + retention(x).followUp()));
		route("POST /api/v1/follow-ups/{id}/done", "nyynnn", x -> post("/api/v1/follow-ups/" + retention(x).followUp()
				+ "/done").header("If-Match", "\"-1\"").contentType(MediaType.APPLICATION_JSON).content("{}"));
		route("GET /api/v1/health", "nyyyyy", x -> get("/api/v1/health?parkId=" + x.park()));
		route("GET /api/v1/health/{enterpriseId}", "nyyyyn", x -> get("/api/v1/health/" + x.enterprise()));
		route("GET /api/v1/partners", "nyyynn", x -> get("/api/v1/partners?parkId=" + x.park()));
		route("POST /api/v1/partners", "nyynnn", x -> post("/api/v1/partners").contentType(MediaType.APPLICATION_JSON)
			.content("{}"));
		route("POST /api/v1/partners/{id}/candidate", "nyynnn",
				x -> post("/api/v1/partners/" + retention(x).partner() + "/candidate"));
		route("GET /api/v1/surveys/questionnaire", "nyyyyy", x -> get("/api/v1/surveys/questionnaire"));
		route("GET /api/v1/surveys/responses", "nyyyyy", x -> get("/api/v1/surveys/responses?parkId=" + x.park()));
		route("POST /api/v1/surveys/responses", "nyynyy", x -> post("/api/v1/surveys/responses")
			.contentType(MediaType.APPLICATION_JSON).content("{}"));
		route("GET /api/v1/surveys/responses/{id}", "nyyyyn",
				x -> get("/api/v1/surveys/responses/" + retention(x).response()));
		route("POST /api/v1/surveys/responses/{id}/expansion/lead", "nyynnn",
				x -> post("/api/v1/surveys/responses/" + retention(x).response() + "/expansion/lead"));
		route("GET /api/v1/surveys/results", "nyyynn", x -> get("/api/v1/surveys/results?parkId=" + x.park()));
		route("GET /api/v1/surveys/red-flag-rules", "nyyyyy", x -> get("/api/v1/surveys/red-flag-rules"));
		route("PUT /api/v1/surveys/red-flag-rules/{code}", "nynnnn", x -> put("/api/v1/surveys/red-flag-rules/RELOCATION")
			.header("If-Match", "\"-1\"").contentType(MediaType.APPLICATION_JSON).content("{}"));
	}

	/** Tickets: an enterprise files and rates its own; the zone routes and answers; leaders read the park's. */
	private void ticketRoutes() {
		route("GET /tickets", "nyyyyy", x -> get("/tickets"));
		route("GET /tickets/new", "nyynyy", x -> get("/tickets/new"));
		route("POST /tickets", "nyynyy", x -> post("/tickets").param("parkId", x.park().toString()));
		route("GET /tickets/{id}", "nyyyyn", x -> get(ticket(x)[0]));
		// version -1 is stale: a permitted user is sent back to the ticket with the message, nothing changes
		route("POST /tickets/{id}/route", "nyynnn", x -> post(ticket(x)[0] + "/route").param("version", "-1")
			.param("department", "供电企业"));
		route("POST /tickets/{id}/answer", "nyynnn", x -> post(ticket(x)[0] + "/answer").param("version", "-1")
			.param("text", "x"));
		route("POST /tickets/{id}/rate", "nnnnyn", x -> post(ticket(x)[0] + "/rate").param("version", "-1")
			.param("rating", "5"));
		route("POST /tickets/{id}/attachments", "nyynyn", x -> multipart(ticket(x)[0] + "/attachments")
			.file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0])));
		route("GET /tickets/{id}/attachments/{attachmentId}", "nyyyyn", x -> get(ticket(x)[1]));
		route("GET /tickets/stats", "nyyynn", x -> get("/tickets/stats?parkId=" + x.park()));
		route("GET /tickets/overdue", "nyyyyy", x -> get("/tickets/overdue?projectId=" + x.project()));
		route("GET /api/v1/tickets", "nyyyyy", x -> get("/api/v1/tickets?parkId=" + x.park()));
		route("POST /api/v1/tickets", "nyynyy", x -> post("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON)
			.content("{}"));
		route("GET /api/v1/tickets/{id}", "nyyyyn", x -> get("/api/v1" + ticket(x)[0]));
		route("POST /api/v1/tickets/{id}/routing", "nyynnn", x -> post("/api/v1" + ticket(x)[0] + "/routing")
			.header("If-Match", "\"-1\"").contentType(MediaType.APPLICATION_JSON).content("{\"department\":\"供电企业\"}"));
		route("POST /api/v1/tickets/{id}/answers", "nyynnn", x -> post("/api/v1" + ticket(x)[0] + "/answers")
			.header("If-Match", "\"-1\"").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\"}"));
		route("POST /api/v1/tickets/{id}/ratings", "nnnnyn", x -> post("/api/v1" + ticket(x)[0] + "/ratings")
			.header("If-Match", "\"-1\"").contentType(MediaType.APPLICATION_JSON).content("{\"rating\":5}"));
		route("POST /api/v1/tickets/{id}/attachments", "nyynyn", x -> multipart("/api/v1" + ticket(x)[0] + "/attachments")
			.file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0])));
		route("GET /api/v1/tickets/{id}/attachments/{attachmentId}", "nyyyyn", x -> get("/api/v1" + ticket(x)[1]));
		route("GET /api/v1/tickets/categories", "nyyyyy", x -> get("/api/v1/tickets/categories"));
		route("PUT /api/v1/tickets/categories/{code}", "nynnnn", x -> put("/api/v1/tickets/categories/HELP")
			.contentType(MediaType.APPLICATION_JSON).content("{\"responseDays\":0}"));
		route("GET /api/v1/tickets/stats", "nyyynn", x -> get("/api/v1/tickets/stats?parkId=" + x.park()));
	}

	@Autowired
	org.batterytown.land.LandParcels land;

	private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}";

	private final Map<UUID, String> fixtureParcels = new java.util.HashMap<>();

	/** A parcel reserved for the fixture's project: its page path. */
	private String parcel(Fixture x) {
		return fixtureParcels.computeIfAbsent(x.project(), p -> {
			UUID id = land.register(Actor.system(), new org.batterytown.land.ParcelDraft(x.park(),
					"R-" + UUID.randomUUID().toString().substring(0, 8), java.math.BigDecimal.TEN, "工业用地", SQUARE, null,
					null, null, null, null, null, null, null, null, null, null));
			land.changeStatus(Actor.system(), id, new org.batterytown.land.StatusChange(
					org.batterytown.land.ParcelStatus.RESERVED, p, null), 0);
			return "/land/" + id;
		});
	}

	/** Standard land: the zone enters and works parcels; leaders read; an enterprise sees its projects' parcels. */
	private void landRoutes() {
		route("GET /land", "nyyyyy", x -> get("/land"));
		route("GET /land/new", "nyynnn", x -> get("/land/new"));
		route("POST /land", "nyynnn", x -> post("/land").param("parkId", x.park().toString()));
		route("GET /land/{id}", "nyyyyn", x -> get(parcel(x)));
		route("POST /land/{id}/status", "nyynnn", x -> post(parcel(x) + "/status").param("version", "-1")
			.param("status", "AVAILABLE"));
		// 1990 is out of range: a permitted user is sent back with the message and nothing is recorded
		route("POST /land/{id}/reviews", "nyynnn", x -> post(parcel(x) + "/reviews").param("year", "1990"));
		route("GET /api/v1/land/parcels", "nyyyyy", x -> get("/api/v1/land/parcels?parkId=" + x.park()));
		route("POST /api/v1/land/parcels", "nyynnn", x -> post("/api/v1/land/parcels")
			.contentType(MediaType.APPLICATION_JSON).content("{}"));
		route("GET /api/v1/land/parcels/{id}", "nyyyyn", x -> get("/api/v1" + parcel(x).replace("/land/", "/land/parcels/")));
		route("POST /api/v1/land/parcels/{id}/status", "nyynnn",
				x -> post("/api/v1" + parcel(x).replace("/land/", "/land/parcels/") + "/status").header("If-Match", "\"-1\"")
					.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"AVAILABLE\"}"));
		route("GET /api/v1/land/parcels/{id}/review", "nyyynn",
				x -> get("/api/v1" + parcel(x).replace("/land/", "/land/parcels/") + "/review?year=1990"));
		route("POST /api/v1/land/parcels/{id}/reviews", "nyynnn",
				x -> post("/api/v1" + parcel(x).replace("/land/", "/land/parcels/") + "/reviews")
					.contentType(MediaType.APPLICATION_JSON).content("{\"year\":1990}"));
		route("GET /api/v1/land/map", "nyyyyy", x -> get("/api/v1/land/map?parkId=" + x.park()));
	}

	@Autowired
	org.batterytown.incentive.Deals deals;

	@Autowired
	org.batterytown.incentive.Policies policies;

	private final Map<UUID, String> fixtureDeals = new java.util.HashMap<>();

	/** A draft deal with the fixture's enterprise and one commitment: its API path. */
	private String deal(Fixture x) {
		return fixtureDeals.computeIfAbsent(x.enterprise(), e -> "/api/v1/deals/" + deals.draft(Actor.system(),
				new org.batterytown.incentive.DealDraft(e, null, "路由测试协议", "路由测试", org.batterytown.incentive.BenefitKind.SERVICE,
						null, null, null, null, null, null, null, List.of(new org.batterytown.incentive.CommitmentDraft(
								org.batterytown.incentive.Side.GOVERNMENT, org.batterytown.incentive.CommitmentKind.OTHER,
								"路由测试承诺", null, java.time.LocalDate.of(2026, 12, 31),
								org.batterytown.incentive.Clawback.NONE)))));
	}

	private String policy(Fixture x) {
		return "/api/v1/policies/" + policies.ofPark(Actor.system(), x.park()).get(0).id();
	}

	/** Incentives: the zone keeps policies and deals; leaders read them; an enterprise reads its own deals. */
	private void incentiveRoutes() {
		route("GET /incentives", "nyyyyy", x -> get("/incentives"));
		route("GET /incentives/policies/{id}", "nyyynn", x -> get(policy(x).replace("/api/v1/policies", "/incentives/policies")));
		route("POST /incentives/policies/{id}/enrolments", "nyynnn",
				x -> post(policy(x).replace("/api/v1/policies", "/incentives/policies") + "/enrolments"));
		route("GET /incentives/deals/new", "nyynnn", x -> get("/incentives/deals/new"));
		route("POST /incentives/deals", "nyynnn", x -> post("/incentives/deals").param("parkId", x.park().toString()));
		route("GET /incentives/deals/{id}", "nyyyyn", x -> get(deal(x).replace("/api/v1/deals", "/incentives/deals")));
		route("POST /incentives/deals/{id}/basis", "nyynnn", x -> post(deal(x).replace("/api/v1/deals", "/incentives/deals")
				+ "/basis").param("version", "-1"));
		route("POST /incentives/deals/{id}/sign", "nyynnn", x -> post(deal(x).replace("/api/v1/deals", "/incentives/deals")
				+ "/sign").param("version", "-1"));
		route("POST /incentives/deals/{id}/commitments/{position}", "nyynnn",
				x -> post(deal(x).replace("/api/v1/deals", "/incentives/deals") + "/commitments/0").param("version", "-1"));
		route("GET /api/v1/policies", "nyyynn", x -> get("/api/v1/policies?parkId=" + x.park()));
		route("POST /api/v1/policies", "nyynnn", x -> post("/api/v1/policies").contentType(MediaType.APPLICATION_JSON)
			.content("{}"));
		route("POST /api/v1/policies/{id}/enrolments", "nyynnn", x -> post(policy(x) + "/enrolments")
			.contentType(MediaType.APPLICATION_JSON).content("{}"));
		route("GET /api/v1/policies/{id}/benefits", "nyyynn", x -> get(policy(x) + "/benefits?year=2025"));
		route("GET /api/v1/deals", "nyyyyy", x -> get("/api/v1/deals?parkId=" + x.park()));
		route("POST /api/v1/deals", "nyynnn", x -> post("/api/v1/deals").contentType(MediaType.APPLICATION_JSON)
			.content("{}"));
		route("GET /api/v1/deals/{id}", "nyyyyn", x -> get(deal(x)));
		route("POST /api/v1/deals/{id}/signature", "nyynnn", x -> post(deal(x) + "/signature").header("If-Match", "\"-1\""));
		route("POST /api/v1/deals/{id}/commitments/{position}/fulfilment", "nyynnn",
				x -> post(deal(x) + "/commitments/0/fulfilment").header("If-Match", "\"-1\"")
					.contentType(MediaType.APPLICATION_JSON).content("{}"));
	}

	/** Approval cases: the zone works them; leaders and the project's own enterprise read them. */
	private void approvalRoutes() {
		route("GET /approvals", "nyyyyy", x -> get("/approvals"));
		route("GET /approvals/mine", "nyyyyy", x -> get("/approvals/mine"));
		route("GET /approvals/new", "nyynnn", x -> get("/approvals/new?parkId=" + x.park()));
		route("POST /approvals", "nyynnn", x -> post("/approvals").param("parkId", x.park().toString()));
		route("GET /approvals/{id}", "nyyyyn", x -> get("/approvals/" + approvalCase(x)));
		// version -1 is stale: a permitted user sees the case again with the message and nothing changes
		route("POST /approvals/{id}/items/{position}", "nyynnn", x -> post("/approvals/" + approvalCase(x) + "/items/0")
			.param("version", "-1").param("kind", "START").param("on", "2026-03-02"));
		route("GET /api/v1/approval-cases", "nyyyyy", x -> get("/api/v1/approval-cases?parkId=" + x.park()));
		route("POST /api/v1/approval-cases", "nyynnn", x -> post("/api/v1/approval-cases")
			.contentType(MediaType.APPLICATION_JSON).content("{}"));
		route("GET /api/v1/approval-cases/{id}", "nyyyyn", x -> get("/api/v1/approval-cases/" + approvalCase(x)));
		route("POST /api/v1/approval-cases/{id}/items/{position}/actions", "nyynnn",
				x -> post("/api/v1/approval-cases/" + approvalCase(x) + "/items/0/actions").header("If-Match", "\"-1\"")
					.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"START\",\"on\":\"2026-03-02\"}"));
		route("GET /api/v1/approval-cases/mine", "nyyyyy", x -> get("/api/v1/approval-cases/mine"));
		route("GET /api/v1/approval-cases/escalated", "nyyyyy",
				x -> get("/api/v1/approval-cases/escalated?parkId=" + x.park()));
		route("GET /api/v1/approval-cases/signing-to-start", "nyyyyy",
				x -> get("/api/v1/approval-cases/signing-to-start?parkId=" + x.park()));
		route("GET /api/v1/approval-item-types", "nyyyyy", x -> get("/api/v1/approval-item-types"));
		route("PUT /api/v1/approval-item-types/{code}", "nynnnn", x -> put("/api/v1/approval-item-types/FILING")
			.contentType(MediaType.APPLICATION_JSON).content("{\"limitDays\":-1}"));
	}

	private void leadRoutes() {
		String lead = "/api/v1/leads/" + attraction.open(org.batterytown.shared.Actor.system(),
				new org.batterytown.attraction.LeadDraft(pingding().id().value(), "路由测试线索", null, null, null, null, null,
						null, null, null, org.batterytown.attraction.LeadSource.WALK_IN, null, null, null, null, null, null));
		route("GET /api/v1/leads", "nyyynn", x -> get("/api/v1/leads?parkId=" + x.park()));
		route("GET /leads", "nyyynn", x -> get("/leads?parkId=" + x.park()));
		route("GET /leads/promotion", "nyyynn", x -> get("/leads/promotion?parkId=" + x.park()));
		route("POST /leads/promotion/events", "nyynnn", x -> post("/leads/promotion/events")
			.param("parkId", x.park().toString()));
		route("POST /leads/promotion/ambassadors", "nyynnn", x -> post("/leads/promotion/ambassadors")
			.param("parkId", x.park().toString()));
		route("GET /leads/export.xlsx", "nyyynn", x -> get("/leads/export.xlsx?parkId=" + x.park()));
		route("GET /leads/new", "nyynnn", x -> get("/leads/new?parkId=" + x.park()));
		route("POST /leads", "nyynnn", x -> post("/leads").param("parkId", x.park().toString()));
		route("GET /leads/{id}", "nyyynn", x -> get(lead.replace("/api/v1", "")));
		route("POST /leads/{id}/stage", "nyynnn", x -> post(lead.replace("/api/v1", "") + "/stage").param("version", "-1")
			.param("target", "CONTACTED"));
		route("GET /leads/{id}/edit", "nyynnn", x -> get(lead.replace("/api/v1", "") + "/edit"));
		// version -1 is stale: a permitted user sees the form again with the message and nothing changes
		route("POST /leads/{id}", "nyynnn", x -> post(lead.replace("/api/v1", "")).param("version", "-1")
			.param("parkId", x.park().toString()).param("codeName", "路由测试线索").param("source", "WALK_IN"));
		route("GET /api/v1/leads/funnel", "nyyynn", x -> get("/api/v1/leads/funnel?parkId=" + x.park()));
		route("GET /api/v1/events", "nyyynn", x -> get("/api/v1/events?parkId=" + x.park()));
		route("POST /api/v1/events", "nyynnn", x -> post("/api/v1/events").contentType(MediaType.APPLICATION_JSON)
			.content("{\"parkId\":\"" + x.park() + "\"}"));
		route("GET /api/v1/ambassadors", "nyyynn", x -> get("/api/v1/ambassadors?parkId=" + x.park()));
		route("POST /api/v1/ambassadors", "nyynnn", x -> post("/api/v1/ambassadors")
			.contentType(MediaType.APPLICATION_JSON).content("{\"parkId\":\"" + x.park() + "\"}"));
		route("POST /api/v1/leads", "nyynnn", x -> post("/api/v1/leads").contentType(MediaType.APPLICATION_JSON)
			.content("{\"parkId\":\"" + x.park() + "\"}"));
		route("GET /api/v1/leads/{id}", "nyyynn", x -> get(lead));
		// version -1 is stale: a permitted user gets 409 and nothing changes
		route("PUT /api/v1/leads/{id}", "nyynnn", x -> put(lead).header("If-Match", "\"-1\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"parkId\":\"" + x.park() + "\"}"));
		route("POST /api/v1/leads/{id}/stage-transitions", "nyynnn", x -> post(lead + "/stage-transitions")
			.header("If-Match", "\"-1\"").contentType(MediaType.APPLICATION_JSON).content("{\"target\":\"CONTACTED\"}"));
		// the target list and the optimizer: requests without the required fields, so nothing is written
		UUID candidate = targets.record(org.batterytown.shared.Actor.system(), new org.batterytown.attraction.CandidateDraft(
				pingding().id().value(), org.batterytown.chain.model.Link.LOGISTICS, "路由测试候选", null, null, null, null, null));
		route("GET /leads/targets", "nyyynn", x -> get("/leads/targets?parkId=" + x.park()));
		route("POST /leads/targets/candidates", "nyynnn", x -> post("/leads/targets/candidates")
			.param("parkId", x.park().toString()));
		route("POST /leads/targets/candidates/{id}/lead", "nyynnn",
				x -> post("/leads/targets/candidates/" + candidate + "/lead").param("parkId", x.park().toString()));
		route("GET /api/v1/targets", "nyyynn", x -> get("/api/v1/targets?parkId=" + x.park()));
		route("POST /api/v1/targets/candidates", "nyynnn", x -> post("/api/v1/targets/candidates")
			.contentType(MediaType.APPLICATION_JSON).content("{\"parkId\":\"" + x.park() + "\"}"));
		route("POST /api/v1/targets/candidates/{id}/lead", "nyynnn", x -> post("/api/v1/targets/candidates/" + candidate
				+ "/lead").contentType(MediaType.APPLICATION_JSON).content("{}"));
		route("GET /leads/optimizer", "nyyynn", x -> get("/leads/optimizer?parkId=" + x.park()));
		route("GET /api/v1/optimizer", "nyyynn", x -> get("/api/v1/optimizer?parkId=" + x.park()));
	}

	@Test
	void everyRouteHasAnExpectationAndEveryExpectationARoute() {
		expectations();
		TreeSet<String> mapped = mappedRoutes();

		assertThat(routes.keySet()).as("routes without expectations: add them to expectations()")
			.containsAll(mapped);
		assertThat(mapped).as("expectations for routes that no longer exist").containsAll(routes.keySet());
	}

	@Test
	void everyRoleGetsExactlyWhatItsExpectationSays() throws Exception {
		expectations();
		List<String> wrong = new ArrayList<>();
		for (var entry : routes.entrySet()) {
			for (int i = 0; i < WHO.size(); i++) {
				String who = WHO.get(i);
				AbstractMockHttpServletRequestBuilder<?> request = entry.getValue().request().apply(f);
				request.with(csrf());
				if (!who.equals("anonymous")) {
					request.with(loggedIn(f.users().get(who)));
				}
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				boolean allowed = allowed(response);
				boolean expected = entry.getValue().expected().charAt(i) == 'y';
				if (allowed != expected) {
					wrong.add(entry.getKey() + " as " + who + ": expected " + (expected ? "allowed" : "denied") + ", got "
							+ response.getStatus() + " " + response.getRedirectedUrl());
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static boolean allowed(MockHttpServletResponse response) {
		int status = response.getStatus();
		String redirect = response.getRedirectedUrl();
		boolean toLogin = redirect != null && redirect.endsWith("/login");
		return status != 401 && status != 403 && status != 404 && !toLogin;
	}

	private TreeSet<String> mappedRoutes() {
		TreeSet<String> keys = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					keys.add("ANY " + pattern);
				}
				methods.forEach(m -> keys.add(m.name() + " " + pattern));
			}
		}
		return keys;
	}

}
