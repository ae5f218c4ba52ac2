package org.batterytown.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Imports are all or nothing, say which row is wrong and why, and read what LibreOffice writes. */
class ReportImportTests extends IntegrationTest {

	private static final String HEADER = "统一社会信用代码,企业名称,报告期,产品,产量,销量,工业总产值（元）,用电量（千瓦时）,综合能源消费量（吨标准煤）,从业人员（人）,税收（元）,说明\n";

	@Autowired
	ProjectManagement projects;

	@Autowired
	JdbcClient jdbc;

	private String name;

	private UUID enterprise;

	private String staff;

	@BeforeEach
	void graphitizationEnterprise() {
		name = "导入测试企业" + UUID.randomUUID().toString().substring(0, 8);
		enterprise = enterprises.register(Actor.system(),
				new EnterpriseDraft(pingding().id().value(), null, name, null, null, null, false, null)).value();
		projects.register(Actor.system(), new ProjectDraft(enterprise, "导入测试石墨化", null, null,
				ProjectStage.IN_PRODUCTION, null,
				List.of(new CapacityLineDraft(Product.GRAPHITIZATION_TOLL, new BigDecimal("60000"), null)), List.of()));
		staff = ensureUser("import-staff", Role.STAFF, pingding().id().value(), null);
	}

	private String row(String period, String tonnes, String yuan) {
		String kwh = tonnes.matches("\\d+") ? Long.toString(Long.parseLong(tonnes) * 11000) : "1";
		return "," + name + "," + period + ",石墨化代工," + tonnes + "," + tonnes + "," + yuan + "," + kwh + ",,120,100000,\n";
	}

	private JsonNode upload(String fileName, byte[] content) throws Exception {
		var response = mvc.perform(multipart("/api/v1/stats/imports")
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content)).with(loggedIn(staff)))
			.andReturn().getResponse();
		return JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** Downloads are streamed, so the body arrives in the asynchronous dispatch. */
	private byte[] download(String path) throws Exception {
		var started = mvc.perform(get(path).with(loggedIn(staff))).andReturn();
		return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
	}

	private long reportsOfEnterprise() {
		return jdbc.sql("select count(*) from stats_report where enterprise_id = ?").param(enterprise)
			.query(Long.class).single();
	}

	@Test
	void aCleanCsvIsStoredWholeAsAcceptedReports() throws Exception {
		String csv = HEADER + row("2024-01", "4000", "32000000") + row("2024年2月", "4100", "32800000")
				+ row("2024/03", "4200", "33600000");
		JsonNode result = upload("reports.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(result.get("succeeded").asBoolean()).as(result.toString()).isTrue();
		assertThat(result.get("reports").asInt()).isEqualTo(3);
		assertThat(reportsOfEnterprise()).isEqualTo(3);
		assertThat(jdbc.sql("select sum(production) from stats_report_line l join stats_report r on r.id = l.report_id "
				+ "where r.enterprise_id = ? and r.status = 'ACCEPTED'").param(enterprise).query(BigDecimal.class)
			.single()).isEqualByComparingTo("12300");
		// the same months again are refused: they exist
		assertThat(upload("again.csv", csv.getBytes(StandardCharsets.UTF_8)).get("rowErrors").get(0).get("reason")
			.asString()).contains("已经存在");
	}

	@Test
	void oneBadRowRejectsTheWholeFileWithItsRowNumberAndReasonAndStoresNothing() throws Exception {
		long allBefore = jdbc.sql("select count(*) from stats_report").query(Long.class).single();
		String csv = HEADER + row("2023-01", "4000", "32000000") + row("2023-02", "4000", "32000000")
				+ row("2023-03", "9000", "72000000") + row("2023-04", "abc", "1");
		JsonNode problem = upload("bad.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(problem.get("status").asInt()).isEqualTo(422);
		JsonNode errors = problem.get("rowErrors");
		assertThat(errors.get(0).get("row").asInt()).isEqualTo(4);
		assertThat(errors.get(0).get("column").asString()).isEqualTo("产量");
		assertThat(errors.get(0).get("value").asString()).isEqualTo("9000");
		assertThat(errors.get(0).get("reason").asString()).contains("1.5 倍");
		assertThat(errors.get(1).get("row").asInt()).isEqualTo(5);
		assertThat(errors.get(1).get("reason").asString()).isEqualTo("不是数字。");
		assertThat(reportsOfEnterprise()).isZero();
		assertThat(jdbc.sql("select count(*) from stats_report").query(Long.class).single()).isEqualTo(allBefore);

		// the error list downloads, with a value that looks like a formula written as text
		String injected = HEADER + "," + name + ",2023-05,=HYPERLINK(\"http://x\"),1,1,1,1,,1,1,\n";
		String id = upload("formula.csv", injected.getBytes(StandardCharsets.UTF_8)).get("importId").asString();
		String errorsCsv = new String(download("/stats/imports/" + id + "/errors.csv"), StandardCharsets.UTF_8);
		assertThat(errorsCsv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
	}

	@Test
	void aCsvThatIsNotUtf8IsRefusedWithAClearMessage() throws Exception {
		String csv = HEADER + row("2022-01", "4000", "32000000");
		JsonNode problem = upload("gbk.csv", csv.getBytes(Charset.forName("GBK")));
		assertThat(problem.get("status").asInt()).isEqualTo(422);
		assertThat(problem.get("detail").asString()).contains("UTF-8");
		assertThat(reportsOfEnterprise()).isZero();
	}

	@Test
	void aCsvWithAnUnclosedQuoteOrADamagedXlsxIsRefusedWithAClearMessage() throws Exception {
		String csv = HEADER + row("2022-01", "4000", "32000000") + row("2022-02", "4000", "32000000").replaceFirst(",", ",\"");
		JsonNode problem = upload("quote.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(problem.get("status").asInt()).isEqualTo(422);
		assertThat(problem.get("detail").asString()).contains("第 3 行");
		byte[] xlsx = download("/stats/imports/template.xlsx");
		problem = upload("damaged.xlsx", java.util.Arrays.copyOf(xlsx, xlsx.length * 2 / 3));
		assertThat(problem.get("status").asInt()).isEqualTo(422);
		assertThat(problem.get("detail").asString()).contains(".xlsx");
		assertThat(reportsOfEnterprise()).isZero();
	}

	@Test
	void theTemplateHasChineseHeadersAndAnXlsxMadeWithLibreOfficeFromItImports() throws Exception {
		byte[] template = download("/stats/imports/template.xlsx");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
			var header = workbook.getFirstSheet().read().get(0);
			assertThat(header.getCellText(0)).isEqualTo("统一社会信用代码");
			assertThat(header.getCellText(6)).isEqualTo("工业总产值（元）");
		}
		// src/test/resources/stats/libreoffice-import.xlsx: the template filled in and saved by LibreOffice Calc
		// 7.4, with the enterprise named 导入LibreOffice企业 and the months typed as 2021-06 and 2021年7月; the
		// explanation column explains why no producing line is registered
		byte[] libreOffice;
		try (var in = getClass().getResourceAsStream("/stats/libreoffice-import.xlsx")) {
			libreOffice = in.readAllBytes();
		}
		UUID lo = enterprises.list(Actor.system()).stream().filter(e -> e.name().zh().equals("导入LibreOffice企业"))
			.map(e -> e.id().value()).findFirst()
			.orElseGet(() -> enterprises.register(Actor.system(), new EnterpriseDraft(pingding().id().value(), null,
					"导入LibreOffice企业", null, null, null, false, null)).value());
		jdbc.sql("delete from stats_report where enterprise_id = ?").param(lo).update();
		JsonNode result = upload("libreoffice-import.xlsx", libreOffice);
		assertThat(result.get("succeeded").asBoolean()).as(result.toString()).isTrue();
		assertThat(result.get("reports").asInt()).isEqualTo(2);
		assertThat(jdbc.sql("select string_agg(to_char(period, 'YYYY-MM'), ',' order by period) from stats_report "
				+ "where enterprise_id = ?").param(lo).query(String.class).single()).isEqualTo("2021-06,2021-07");
	}

	@Test
	void thePageShowsEachBadRowAndOffersTheErrorsForDownload() throws Exception {
		String csv = HEADER + row("2020-01", "-5", "0");
		String page = mvc.perform(multipart("/stats/imports")
			.file(new MockMultipartFile("file", "page.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(loggedIn(staff)).with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("未导入任何数据").contains("不能为负数。").contains("errors.xlsx");
		assertThat(reportsOfEnterprise()).isZero();
	}

}
