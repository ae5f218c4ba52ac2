package org.batterytown.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.batterytown.stats.figures.PeriodKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Figures of a park of its own, filled by one import: two graphitization plants reporting both years,
 * one that entered in 2023 and one that left, all at 8,000 yuan per tonne.
 */
class FiguresTests extends IntegrationTest {

	private static final String HEADER = "统一社会信用代码,企业名称,报告期,产品,产量,销量,工业总产值（元）,用电量（千瓦时）,综合能源消费量（吨标准煤）,从业人员（人）,税收（元）,说明\n";

	@Autowired
	ProjectManagement projects;

	@Autowired
	StatsFigures figures;

	@Autowired
	ReportImports imports;

	@Autowired
	ParkMonths parkMonths;

	@Autowired
	RunningTotalsRebuilds rebuilds;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private UUID park;

	private final Map<String, UUID> firms = new java.util.HashMap<>();

	private String suffix;

	@BeforeEach
	void parkWithFourPlants() throws Exception {
		suffix = UUID.randomUUID().toString().substring(0, 8);
		park = parks.register(Actor.system(), new ParkDraft("F-" + suffix.toUpperCase(), "统计测试园区", null, null, null,
				null, null, null, null, null, null, null, null, null, null)).value();
		for (String firm : List.of("甲", "乙", "丙", "丁")) {
			UUID id = enterprises.register(Actor.system(),
					new EnterpriseDraft(park, null, firm + suffix, null, null, null, false, null)).value();
			// 12,000 t/yr each: 1,000 t a month
			projects.register(Actor.system(), new ProjectDraft(id, firm + "石墨化", null, null, ProjectStage.IN_PRODUCTION,
					null, List.of(new CapacityLineDraft(Product.GRAPHITIZATION_TOLL, new BigDecimal("12000"), null)),
					List.of()));
			firms.put(firm, id);
		}
		String csv = HEADER + row("甲", "2022-06", 1000) + row("乙", "2022-06", 1000) + row("丁", "2022-06", 500)
				+ row("甲", "2023-05", 1000) + row("乙", "2023-05", 1000) + row("甲", "2023-06", 1200)
				+ row("乙", "2023-06", 900) + row("丙", "2023-06", 600);
		ImportResult result = imports.importFile(Actor.system(), park, "figures.csv", csv.length(),
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(result.succeeded()).as(result.toString()).isTrue();
	}

	private String row(String firm, String period, int tonnes) {
		return "," + firm + suffix + "," + period + ",石墨化代工," + tonnes + "," + tonnes + "," + tonnes * 8000L + ","
				+ tonnes * 11000L + ",,100,50000,长期加工协议约定的价格\n";
	}

	@Test
	void sameSetYearOnYearDiffersFromFullSetWhenAnEnterpriseEnteredAndAnotherLeft() {
		FiguresView f = figures.of(Actor.system(), park, null, PeriodKind.MONTH, YearMonth.of(2023, 6), null);
		var output = f.measure(Measure.OUTPUT_VALUE).yearOnYear();
		// now 甲 9.6 + 乙 7.2 + 丙 4.8 = 21.6 million; then 甲 8 + 乙 8 + 丁 4 = 20 million
		assertThat(output.current()).isEqualByComparingTo("21600000");
		assertThat(output.base()).isEqualByComparingTo("20000000");
		assertThat(output.fullGrowth()).isCloseTo(0.08, within(1e-9));
		// same set 甲 and 乙: 16.8 against 16 million
		assertThat(output.sameGrowth()).isCloseTo(0.05, within(1e-9));
		assertThat(output.entering()).extracting(s -> s.enterpriseId()).containsExactly(firms.get("丙"));
		assertThat(output.leaving()).extracting(s -> s.enterpriseId()).containsExactly(firms.get("丁"));
		assertThat(f.enterprises()).extracting(FiguresView.EnterpriseFigures::membership)
			.containsExactly(FiguresView.Membership.SAME, FiguresView.Membership.SAME,
					FiguresView.Membership.ENTERING, FiguresView.Membership.LEAVING);
		assertThat(f.enterprises().get(0).pullPoints()).isCloseTo(10.0, within(1e-9));

		// month on month: May had 甲 and 乙 only, 16 million
		var mom = f.measure(Measure.OUTPUT_VALUE).periodOnPeriod();
		assertThat(mom.fullGrowth()).isCloseTo(0.35, within(1e-9));
		assertThat(mom.sameGrowth()).isCloseTo(0.05, within(1e-9));
	}

	@Test
	void utilizationIsProductionOverTheNameplateOfTheMonthsAndTheLinkCarriesItsOutput() {
		FiguresView f = figures.of(Actor.system(), park, null, PeriodKind.MONTH, YearMonth.of(2023, 6), null);
		var graphitization = f.products().stream().filter(p -> p.product() == Product.GRAPHITIZATION_TOLL).findFirst()
			.orElseThrow();
		assertThat(graphitization.production().current()).isEqualByComparingTo("2700");
		// three reporting plants of 1,000 t a month each
		assertThat(graphitization.utilization()).isCloseTo(0.9, within(1e-9));
		assertThat(graphitization.utilizationBasis()).isEqualTo(3);
		assertThat(graphitization.capacity()).isEqualByComparingTo("4000");
		assertThat(f.links()).singleElement().satisfies(l -> assertThat(l.outputValue().current())
			.isEqualByComparingTo("21600000"));
		assertThat(f.productTrend().product()).isEqualTo(Product.GRAPHITIZATION_TOLL);
		assertThat(f.trend()).hasSize(12);
		assertThat(f.trend().get(11).growth()).isCloseTo(0.08, within(1e-9));
	}

	@Test
	void figuresComputedBeforeARegistryChangeAreNotReusedAfterIt() {
		FiguresView before = figures.of(Actor.system(), park, null, PeriodKind.MONTH, YearMonth.of(2023, 6), null);
		projects.register(Actor.system(), new ProjectDraft(firms.get("丙"), "丙扩建", null, null, ProjectStage.IN_PRODUCTION,
				null, List.of(new CapacityLineDraft(Product.GRAPHITIZATION_TOLL, new BigDecimal("12000"), null)),
				List.of()));
		FiguresView after = figures.of(Actor.system(), park, null, PeriodKind.MONTH, YearMonth.of(2023, 6), null);
		assertThat(before.products().get(0).capacity()).isEqualByComparingTo("4000");
		assertThat(after.products().get(0).capacity()).isEqualByComparingTo("5000");
	}

	@Test
	void yearToDateAddsTheMonthsAndHasNoPreviousPeriod() {
		FiguresView f = figures.of(Actor.system(), park, null, PeriodKind.YEAR_TO_DATE, YearMonth.of(2023, 6), null);
		assertThat(f.measure(Measure.OUTPUT_VALUE).yearOnYear().current()).isEqualByComparingTo("37600000");
		assertThat(f.measure(Measure.OUTPUT_VALUE).periodOnPeriod()).isNull();
	}

	@Test
	void aYearToDateCarriesEachEnterprisesTotalThroughTheMonthsItDidNotReport() {
		parkMonths.rebuildStale(park);
		// December's year to date of 2023 is June's: nobody reported after June
		FiguresView december = figures.of(Actor.system(), park, null, PeriodKind.YEAR_TO_DATE, YearMonth.of(2023, 12),
				null);
		var output = december.measure(Measure.OUTPUT_VALUE).yearOnYear();
		assertThat(output.current()).isEqualByComparingTo("37600000");
		// 2022: 甲 8 + 乙 8 + 丁 4 million, all in June
		assertThat(output.base()).isEqualByComparingTo("20000000");
		// same set 甲 and 乙: 17.6 + 15.2 = 32.8 against 16 million
		assertThat(output.sameGrowth()).isCloseTo(32.8 / 16 - 1, within(1e-9));
		assertThat(output.leaving()).extracting(s -> s.enterpriseId()).containsExactly(firms.get("丁"));
		var graphitization = december.products().get(0);
		assertThat(graphitization.production().current()).isEqualByComparingTo("4700");
		assertThat(december.links()).singleElement()
			.satisfies(l -> assertThat(l.outputValue().current()).isEqualByComparingTo("37600000"));
		FiguresView year = figures.of(Actor.system(), park, null, PeriodKind.YEAR, YearMonth.of(2023, 3), null);
		assertThat(year.measure(Measure.OUTPUT_VALUE).yearOnYear().current()).isEqualByComparingTo("37600000");
		FiguresView own = figures.of(Actor.system(), park, firms.get("甲"), PeriodKind.YEAR_TO_DATE,
				YearMonth.of(2023, 9), null);
		assertThat(own.measure(Measure.OUTPUT_VALUE).yearOnYear().current()).isEqualByComparingTo("17600000");
		assertThat(own.measure(Measure.ELECTRICITY).yearOnYear().current()).isEqualByComparingTo("24200000");
	}

	@Test
	void theRunningTotalsGiveWhatSummingTheMonthsGives() throws Exception {
		rebuilds.drain();
		// marked stale, as an import leaves its years until they are rebuilt: the months are summed
		jdbc.sql("insert into stats_ytd_stale (park_id, year, marked) values (?, 2023, 1) on conflict do nothing")
			.params(park).update();
		jdbc.sql("update stats_park_version set version = version + 1 where park_id = ?").params(park).update();
		FiguresView summed = figures.of(Actor.system(), park, null, PeriodKind.YEAR_TO_DATE, YearMonth.of(2023, 9), null);
		assertThat(parkMonths.staleYears(park)).containsExactly(2023);
		parkMonths.rebuildStale(park);
		assertThat(parkMonths.staleYears(park)).isEmpty();
		FiguresView totals = figures.of(Actor.system(), park, null, PeriodKind.YEAR_TO_DATE, YearMonth.of(2023, 9), null);
		assertThat(totals).usingRecursiveComparison().isEqualTo(summed);
		assertThat(totals.measure(Measure.OUTPUT_VALUE).yearOnYear().current()).isEqualByComparingTo("37600000");
	}

	@Test
	void aReportOfAnEarlierMonthChangesTheYearToDateOfTheMonthsAfterIt() throws Exception {
		String csv = HEADER + row("丁", "2023-02", 250);
		assertThat(imports.importFile(Actor.system(), park, "late.csv", csv.length(),
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).succeeded()).isTrue();
		parkMonths.rebuildStale(park);
		FiguresView june = figures.of(Actor.system(), park, null, PeriodKind.YEAR_TO_DATE, YearMonth.of(2023, 6), null);
		var output = june.measure(Measure.OUTPUT_VALUE).yearOnYear();
		assertThat(output.current()).isEqualByComparingTo("39600000");
		// 丁 is in both years now: the same set is 甲, 乙 and 丁
		assertThat(output.leaving()).isEmpty();
		assertThat(output.sameGrowth()).isCloseTo(34.8 / 20 - 1, within(1e-9));
		FiguresView march = figures.of(Actor.system(), park, null, PeriodKind.YEAR_TO_DATE, YearMonth.of(2023, 3), null);
		assertThat(march.measure(Measure.OUTPUT_VALUE).yearOnYear().current()).isEqualByComparingTo("2000000");
		assertThat(march.enterprises()).extracting(FiguresView.EnterpriseFigures::enterpriseId)
			.containsExactly(firms.get("丁"));
	}

	@Test
	void anEnterpriseUserSeesOnlyItsOwnFiguresAndLeadersTheParks() throws Exception {
		String clerk = ensureUser("figures-clerk-" + suffix, Role.ENTERPRISE, null, firms.get("甲"));
		String leader = ensureUser("figures-leader-" + suffix, Role.VIEWER, park, null);
		String base = "/api/v1/stats/figures?parkId=" + park + "&month=2023-06";
		assertThat(api().get(base, clerk, USER_PASSWORD).status()).isEqualTo(404);
		Api.Response own = api().get(base + "&enterpriseId=" + firms.get("甲"), clerk, USER_PASSWORD);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json().get("measures").get(0).get("yearOnYear").get("current").asDouble()).isEqualTo(9600000.0);
		assertThat(api().get(base + "&enterpriseId=" + firms.get("乙"), clerk, USER_PASSWORD).status()).isEqualTo(404);
		JsonNode quarter = api().get(base + "&kind=QUARTER", leader, USER_PASSWORD).json();
		assertThat(quarter.get("period").get("from").asString()).isEqualTo("2023-04");
		assertThat(api().get(base + "&kind=DECADE", leader, USER_PASSWORD).status()).isEqualTo(400);

		mvc.perform(get("/stats").param("parkId", this.park.toString()).with(loggedIn(leader))).andExpect(status().isOk());
	}

}
