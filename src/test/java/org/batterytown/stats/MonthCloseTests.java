package org.batterytown.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.batterytown.Api;
import org.batterytown.IntegrationTest;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.park.ParkDraft;
import org.batterytown.project.CapacityLineDraft;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectDraft;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectStage;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A park whose June 2023 has one accepted report (甲, 8 million yuan) and one plant that never
 * reported (乙). Closing the month keeps its report; a correction accepted later shows against it.
 */
class MonthCloseTests extends IntegrationTest {

	private static final String HEADER = "统一社会信用代码,企业名称,报告期,产品,产量,销量,工业总产值（元）,用电量（千瓦时）,综合能源消费量（吨标准煤）,从业人员（人）,税收（元）,说明\n";

	@Autowired
	ProjectManagement projects;

	@Autowired
	ReportImports imports;

	@Autowired
	StatsReports reports;

	@Autowired
	JdbcClient jdbc;

	private UUID park;

	private UUID reporting;

	private UUID silent;

	private String staff;

	private String suffix;

	@BeforeEach
	void parkWithAReportAndAGap() throws Exception {
		suffix = UUID.randomUUID().toString().substring(0, 8);
		park = parks.register(Actor.system(), new ParkDraft("M-" + suffix.toUpperCase(), "关账测试园区", null, null, null,
				null, null, null, null, null, null, null, null, null, null)).value();
		reporting = plant("甲" + suffix);
		silent = plant("乙" + suffix);
		String csv = HEADER + ",甲" + suffix + ",2023-06,石墨化代工,1000,1000,8000000,11000000,,100,50000,长期加工协议约定的价格\n";
		assertThat(imports.importFile(Actor.system(), park, "june.csv", csv.length(),
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).succeeded()).isTrue();
		staff = ensureUser("close-staff-" + suffix, Role.STAFF, park, null);
	}

	private UUID plant(String name) {
		UUID id = enterprises.register(Actor.system(), new EnterpriseDraft(park, null, name, null, null, null, false, null))
			.value();
		projects.register(Actor.system(), new ProjectDraft(id, name + "石墨化", null, null, ProjectStage.IN_PRODUCTION, null,
				List.of(new CapacityLineDraft(Product.GRAPHITIZATION_TOLL, new BigDecimal("12000"), null)), List.of()));
		return id;
	}

	private String months(String path) {
		return "/api/v1/stats/months/2023-06" + path + "?parkId=" + park;
	}

	@Test
	void theChasingListNamesThePlantThatNeverReportedWithItsDaysOverdue() {
		JsonNode rows = api().get(months("/chasing"), staff, USER_PASSWORD).json();
		assertThat(rows).hasSize(2);
		JsonNode first = rows.get(0);
		assertThat(first.get("enterpriseId").asString()).isEqualTo(silent.toString());
		assertThat(first.get("state").asString()).isEqualTo("MISSING");
		assertThat(first.get("dueDate").asString()).isEqualTo("2023-07-08");
		assertThat(first.get("daysOverdue").asLong())
			.isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2023, 7, 8), LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
		assertThat(first.get("light").asString()).isEqualTo("RED");
		assertThat(rows.get(1).get("state").asString()).isEqualTo("ACCEPTED");
	}

	@Test
	void aClosedMonthKeepsItsSnapshotAndItsPdfAfterALaterCorrection() throws Exception {
		String owner = ensureUser("close-owner-" + suffix, Role.ENTERPRISE, null, reporting);
		String viewer = ensureUser("close-viewer-" + suffix, Role.VIEWER, park, null);
		assertThat(api().post(months("/close"), viewer, USER_PASSWORD, Map.of()).status()).isEqualTo(403);
		assertThat(api().post(months("/close"), owner, USER_PASSWORD, Map.of()).status()).isEqualTo(403);
		assertThat(api().get(months(""), owner, USER_PASSWORD).status()).isEqualTo(404);

		Api.Response closed = api().post(months("/close"), staff, USER_PASSWORD, Map.of());
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().get("closed").asBoolean()).isTrue();
		assertThat(api().post(months("/close"), staff, USER_PASSWORD, Map.of()).status()).isEqualTo(422);
		String future = "/api/v1/stats/months/" + YearMonth.now().plusMonths(1) + "/close?parkId=" + park;
		assertThat(api().post(future, staff, USER_PASSWORD, Map.of()).status()).isEqualTo(422);

		// 甲 corrects June to 1,100 t and 8.8 million yuan after the close
		UUID accepted = jdbc.sql("select id from stats_report where enterprise_id = ? and status = 'ACCEPTED'")
			.param(reporting).query(UUID.class).single();
		UUID revision = reports.revise(Actor.system(), accepted);
		var content = new ReportContent(List.of(new ReportContent.LineInput(Product.GRAPHITIZATION_TOLL,
				new BigDecimal("1100"), new BigDecimal("1100"), new BigDecimal("8800000"))), new BigDecimal("12100000"),
				null, 100, new BigDecimal("50000"), List.of(),
				Map.of("PRICE_BAND:GRAPHITIZATION_TOLL", "长期加工协议约定的价格"));
		var submitted = reports.submit(Actor.system(), revision, content, reports.get(Actor.system(), revision).version());
		reports.accept(Actor.system(), revision, submitted.version());

		JsonNode month = api().get(months(""), viewer, USER_PASSWORD).json();
		assertThat(month.get("closed").asBoolean()).isTrue();
		JsonNode output = month.get("dispatch").get("headlines").get(0);
		assertThat(output.get("measure").asString()).isEqualTo("OUTPUT_VALUE");
		assertThat(output.get("month").decimalValue()).isEqualByComparingTo("8000000");
		JsonNode correction = month.get("corrections").get(0);
		assertThat(correction.get("snapshotRevision").asInt()).isEqualTo(1);
		assertThat(correction.get("revision").asInt()).isEqualTo(2);
		assertThat(correction.get("outputValue").decimalValue()).isEqualByComparingTo("8800000");

		String pdf = pdfText("/stats/months/2023-06/dispatch.pdf?parkId=" + park);
		assertThat(pdf).contains("调度报告").contains("关账快照").contains("800.00").doesNotContain("880.00");
		assertThat(pdf).contains("乙" + suffix).contains("未填报");

		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(download("/stats/months/2023-06/dispatch.xlsx?parkId=" + park)))) {
			List<Row> rows = workbook.getFirstSheet().read();
			Row outputRow = rows.stream().filter(r -> r.getCellText(0).startsWith("工业总产值")).findFirst().orElseThrow();
			assertThat(outputRow.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("800");
		}
		// the live figures have moved on, counting only the accepted revision's lines; the snapshot has not
		JsonNode live = api().get("/api/v1/stats/figures?parkId=" + park + "&month=2023-06", viewer, USER_PASSWORD).json();
		assertThat(live.get("measures").get(0).get("yearOnYear").get("current").decimalValue())
			.isEqualByComparingTo("8800000");
		assertThat(live.get("products").get(0).get("production").get("current").decimalValue())
			.isEqualByComparingTo("1100");
		// the park's kept monthly totals (the charts) follow the correction too
		assertThat(live.get("trend").get(11).get("outputValue").decimalValue()).isEqualByComparingTo("8800000");
		assertThat(live.get("productTrend").get("months").get(11).get("production").decimalValue())
			.isEqualByComparingTo("1100");
	}

	@Test
	void theDatabaseRefusesToChangeAClosedMonth() {
		assertThat(api().post(months("/close"), staff, USER_PASSWORD, Map.of()).status()).isEqualTo(200);
		assertThatThrownBy(() -> jdbc.sql("update stats_month_close set closed_by = 'x' where park_id = ?").param(park)
			.update()).hasMessageContaining("immutable");
		assertThatThrownBy(() -> jdbc.sql("delete from stats_month_close where park_id = ?").param(park).update())
			.hasMessageContaining("immutable");
	}

	@Test
	void theMonthPagesListTheMonthsAndShowTheReportWithItsCloseButtonToStaff() throws Exception {
		String list = mvc.perform(get("/stats/months").param("parkId", park.toString()).with(loggedIn(staff))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(YearMonth.now().minusMonths(1).toString());
		String page = mvc.perform(get("/stats/months/2023-06").param("parkId", park.toString()).with(loggedIn(staff)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("data-testid=\"close-month\"").contains("乙" + suffix).contains("未填报");
		String viewer = ensureUser("close-page-viewer-" + suffix, Role.VIEWER, park, null);
		assertThat(mvc.perform(get("/stats/months/2023-06").param("parkId", park.toString()).with(loggedIn(viewer)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("close-month");
	}

	private byte[] download(String path) throws Exception {
		var started = mvc.perform(get(path).with(loggedIn(staff))).andReturn();
		return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
	}

	private String pdfText(String path) throws Exception {
		try (var document = Loader.loadPDF(download(path))) {
			return new PDFTextStripper().getText(document);
		}
	}

}
