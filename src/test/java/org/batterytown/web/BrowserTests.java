package org.batterytown.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.batterytown.IntegrationTest;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.batterytown.stats.ReportImports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A zone official in a real browser (Debian's Chromium): logs in, registers a project with a capacity
 * line, moves it one stage and finds it in the list, in Chinese and in English. Without Chromium this
 * fails; it is never skipped.
 */
class BrowserTests extends IntegrationTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static Playwright playwright;

	private static Browser browser;

	private BrowserContext context;

	private Page page;

	private String staff;

	@BeforeAll
	static void launch() {
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void open() {
		staff = ensureUser("browser-staff", Role.STAFF, pingding().id().value(), null);
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	@Test
	void aStaffMemberRegistersAProjectMovesItOneStageAndFindsItInChinese() {
		logIn("zh-CN");
		String name = "测试负极材料项目 " + UUID.randomUUID().toString().substring(0, 6);

		registerProject(name, "8000");
		assertThat(page.getByTestId("stage")).hasText("规划");
		page.locator("[data-target=SIGNED]").click();

		assertThat(page.locator(".alert-success")).hasText("阶段已更新。");
		assertThat(page.getByTestId("stage")).hasText("已签约");
		assertThat(page.getByTestId("capacity-lines")).containsText("8,000 吨");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("project-zh.png")).setFullPage(true));
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("项目").setExact(true)).first().click();
		// the shared test database holds many projects; the list pages them, so filter to this one's enterprise
		page.navigate(url("/projects?stage=SIGNED&enterpriseId=" + registeredFor));
		Locator row = page.getByTestId("project-table").locator("tr", new Locator.LocatorOptions().setHasText(name));
		assertThat(row).containsText("已签约");
		assertThat(row).containsText("8,000 吨");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("projects-zh.png")).setFullPage(true));
	}

	@Test
	void aStaffMemberDoesTheSameInEnglish() {
		logIn("en");
		String name = "Test anode project " + UUID.randomUUID().toString().substring(0, 6);

		registerProject(name, "20000");
		assertThat(page.getByTestId("stage")).hasText("Planned");
		page.locator("[data-target=SIGNED]").click();

		assertThat(page.locator(".alert-success")).hasText("Stage updated.");
		assertThat(page.getByTestId("stage")).hasText("Signed");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("project-en.png")).setFullPage(true));
		page.navigate(url("/projects?stage=SIGNED"));
		Locator row = page.getByTestId("project-table").locator("tr", new Locator.LocatorOptions().setHasText(name));
		assertThat(row).containsText("Signed");
		assertThat(row).containsText("20 kt");
	}

	@Test
	void theOverviewDrawsTheCapacityChartAndShowsUnknownsAsUnknown() {
		logIn("zh-CN");
		page.navigate(url("/"));
		page.waitForFunction("window.chartReady >= 1");

		assertThat(page.getByTestId("capacity-table")).containsText("负极材料成品");
		assertThat(page.getByTestId("capacity-table")).containsText("未披露");
		assertThat(page.getByTestId("overview-gaps")).containsText("电解液");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("overview-zh.png")).setFullPage(true));
		page.navigate(url("/?lang=en"));
		page.waitForFunction("window.chartReady >= 1");
		assertThat(page.getByTestId("capacity-table")).containsText("not disclosed");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("overview-en.png")).setFullPage(true));
	}

	@Test
	void theChainPageDrawsItsMapAndFollowsTheScenarioControls() {
		logIn("zh-CN");
		page.navigate(url("/chain?date=2023-06-14&lfp=100&ncm523=0&ncm811=0&stages=PRODUCING"));
		page.waitForFunction("window.chartReady >= 1");
		assertThat(page.getByTestId("chain-anode")).hasText("5.20 万吨");
		assertThat(page.getByTestId("balance-table").locator("tr[data-link=CELLS]")).containsText("缺失");

		page.locator("#c-stages").selectOption("BUILDING");

		assertThat(page.getByTestId("chain-anode")).hasText("10.20 万吨");
		page.waitForFunction("window.chartReady >= 2");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("chain-zh.png")).setFullPage(true));

		page.navigate(url("/chain?lang=en&date=2023-06-14&stages=PRODUCING"));
		page.waitForFunction("window.chartReady >= 1");
		assertThat(page.getByTestId("balance-table").locator("tr[data-link=CELLS]")).containsText("Missing");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("chain-en.png")).setFullPage(true));
		page.navigate(url("/chain/coefficients"));
		assertThat(page.getByTestId("intensities")).containsText("Anode");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("coefficients-en.png")).setFullPage(true));
	}

	@Autowired
	ReportImports imports;

	@Test
	void theFiguresPageDrawsItsChartsAndTheMonthPageListsWhoOwesAReport() throws Exception {
		String name = "浏览器统计企业" + UUID.randomUUID().toString().substring(0, 6);
		enterprises.register(Actor.system(), new EnterpriseDraft(pingding().id().value(), null, name, null, null, null,
				false, null));
		String csv = "统一社会信用代码,企业名称,报告期,产品,产量,销量,工业总产值（元）,用电量（千瓦时）,综合能源消费量（吨标准煤）,从业人员（人）,税收（元）,说明\n,"
				+ name + ",2019-03,石墨化代工,100,100,900000,1100000,,20,1000,试运行期间的合同价格\n";
		imports.importFile(Actor.system(), pingding().id().value(), "browser.csv", csv.length(),
				new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		logIn("zh-CN");
		page.navigate(url("/stats?kind=MONTH&month=2019-03"));
		page.waitForFunction("window.chartReady >= 3");
		assertThat(page.getByTestId("headline")).containsText("工业总产值");
		assertThat(page.getByTestId("enterprise-figures")).containsText(name);
		assertThat(page.getByTestId("enterprise-figures")).containsText("新进入");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("figures-zh.png")).setFullPage(true));

		page.navigate(url("/stats/months/2019-03"));
		assertThat(page.getByTestId("chasing")).containsText(name);
		assertThat(page.getByTestId("close-month")).isVisible();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("month-zh.png")).setFullPage(true));
	}

	@Test
	void thePlanPageSetsTheTargetBesideTheForecastAndTheRegistryAndDrawsItsFans() {
		logIn("zh-CN");
		page.navigate(url("/plans"));
		page.waitForFunction("window.chartReady >= 2");
		assertThat(page.getByTestId("target-value")).hasText("30.00 万吨");
		assertThat(page.getByTestId("forecast-value")).hasText("22.00 万吨");
		assertThat(page.getByTestId("registry-value")).hasText("5.20 万吨");
		assertThat(page.getByTestId("stage-2")).containsText("正极材料");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("plan-zh.png")).setFullPage(true));
		page.navigate(page.url() + "?lang=en");
		page.waitForFunction("window.chartReady >= 2");
		assertThat(page.getByTestId("forecast-value")).hasText("220 kt");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("plan-en.png")).setFullPage(true));
		page.navigate(url("/?lang=zh-CN"));
		assertThat(page.getByTestId("headline-forecast")).hasText("22.00 万吨");
	}

	@Test
	void aStaffMemberOpensALeadAndMovesItOnFromTheBoard() {
		logIn("zh-CN");
		page.navigate(url("/leads"));
		page.getByTestId("new-lead").click();
		String code = "物流-" + UUID.randomUUID().toString().substring(0, 6);
		page.locator("#l-code").fill(code);
		page.locator("#l-source").selectOption("WALK_IN");
		page.locator("#l-link").selectOption("LOGISTICS");
		page.locator("form[data-testid=lead-form] button").click();
		assertThat(page.getByTestId("code-name")).hasText(code);
		assertThat(page.getByTestId("lead-stage")).hasText("线索");
		page.locator("form[data-testid=stage-form] button").click();
		assertThat(page.getByTestId("lead-stage")).hasText("接洽");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("lead-zh.png")).setFullPage(true));
		page.navigate(url("/leads"));
		assertThat(page.getByTestId("board").locator("[data-lead='" + code + "']")).isVisible();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("leads-zh.png")).setFullPage(true));
		page.locator("a[href*='/leads/promotion']").first().click();
		page.locator("a[href*='by=EVENT']").click();
		assertThat(page.getByTestId("funnel")).containsText("未归属");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("promotion-zh.png")).setFullPage(true));
	}

	@Test
	void aCandidateFromTheTargetListBecomesALeadAndTheOptimizerWeighsIt() {
		logIn("zh-CN");
		page.navigate(url("/leads"));
		page.getByTestId("targets").click();
		assertThat(page.locator("[data-link=NEEDLE_COKE]")).containsText("针状石油焦");
		String investor = "某坩埚集团-" + UUID.randomUUID().toString().substring(0, 6);
		page.locator("#c-link").selectOption("CRUCIBLES_AND_CONSUMABLES");
		page.locator("#c-investor").fill(investor);
		page.locator("#c-capacity").fill("5000");
		page.locator("#c-land").fill("60");
		page.locator("#c-power").fill("8");
		page.getByTestId("record-candidate").click();
		var row = page.locator("[data-link=CRUCIBLES_AND_CONSUMABLES] tr[data-candidate='" + investor + "']");
		assertThat(row).isVisible();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("targets-zh.png")).setFullPage(true));
		String code = "坩埚-" + UUID.randomUUID().toString().substring(0, 6);
		row.locator("input[name=codeName]").fill(code);
		row.locator("button").click();
		assertThat(page.getByTestId("code-name")).hasText(code);
		page.getByTestId("edit-lead").click();
		assertThat(page.locator("#l-land")).hasValue("60.00");
		page.locator("#l-likelihood").fill("0.5");
		page.locator("form[data-testid=lead-form] button").click();
		assertThat(page.getByTestId("code-name")).hasText(code);

		page.navigate(url("/leads/optimizer"));
		page.locator("#o-land").fill("500");
		page.locator("#o-power").fill("80");
		page.getByTestId("optimize").click();
		assertThat(page.getByTestId("optimizer-summary")).isVisible();
		assertThat(page.getByTestId("land-binding")).isVisible();
		// weighed now that it has a likelihood: chosen, or listed with why it adds nothing to this stage
		assertThat(page.locator("[data-lead='" + code + "']")).isVisible();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("optimizer-zh.png")).setFullPage(true));
	}

	@Test
	void aStaffMemberOpensAnApprovalCaseAndAnItemAcceptedLongAgoTurnsRed() {
		logIn("zh-CN");
		String name = "审批浏览器项目-" + UUID.randomUUID().toString().substring(0, 6);
		registerProject(name, "10000");
		page.navigate(url("/approvals"));
		page.getByTestId("new-case").click();
		page.locator("#a-project").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(name));
		page.locator("#a-eia").selectOption("FORM");
		page.locator("#a-energy").fill("3000");
		page.locator("#a-lead").fill("代办员丁");
		page.locator("#a-officer-0").fill(staff);
		page.getByTestId("open-case").click();
		assertThat(page.getByTestId("case-project")).hasText(name);
		var filing = page.locator("tr[data-item=FILING]");
		filing.locator("input[name=on]").first().fill("2026-01-05");
		filing.locator("button").first().click();
		assertThat(page.locator("tr[data-item=FILING]")).hasAttribute("data-overdue", "true");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("approval-case-zh.png")).setFullPage(true));
		page.navigate(url("/approvals"));
		assertThat(page.getByTestId("escalated")).containsText(name);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("approvals-zh.png")).setFullPage(true));
	}

	@Test
	void staffFileATicketForAnEnterpriseWithAnAttachmentRouteAndAnswerIt() {
		logIn("zh-CN");
		page.navigate(url("/tickets"));
		page.getByTestId("new-ticket").click();
		page.locator("#t-enterprise").selectOption(enterprise("西格里").id().value().toString());
		page.locator("#t-category").selectOption("HELP");
		String title = "蒸汽接入-" + UUID.randomUUID().toString().substring(0, 6);
		page.locator("#t-title").fill(title);
		page.locator("#t-description").fill("硬毡车间需要蒸汽，\n请协调接入时间。");
		page.locator("#t-file").setInputFiles(new com.microsoft.playwright.options.FilePayload("情况说明.pdf",
				"application/pdf", "%PDF-1.4\n%test\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		page.getByTestId("file-ticket").click();
		assertThat(page.getByTestId("ticket-title")).hasText(title);
		assertThat(page.getByTestId("attachments")).containsText("情况说明.pdf");
		page.locator("#r-department").selectOption("供电企业");
		page.locator("form[data-testid=route-form] button").click();
		assertThat(page.getByTestId("ticket-status")).hasText("办理中");
		page.locator("#a-text").fill("已协调，下周接入。");
		page.locator("form[data-testid=answer-form] button").click();
		assertThat(page.getByTestId("ticket-status")).hasText("已答复");
		assertThat(page.getByTestId("ticket-log")).containsText("已协调，下周接入。");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ticket-zh.png")).setFullPage(true));
		page.navigate(url("/tickets/stats"));
		assertThat(page.getByTestId("department-stats")).containsText("供电企业");
	}

	@Test
	void staffRegisterAParcelAndTheMapDrawsIt() {
		logIn("zh-CN");
		page.navigate(url("/land"));
		page.getByTestId("new-parcel").click();
		String code = "ZZ-" + UUID.randomUUID().toString().substring(0, 6);
		page.locator("#p-code").fill(code);
		page.locator("#p-area").fill("150");
		page.locator("#p-polygon").fill("{\"type\":\"Polygon\",\"coordinates\":[[[113.60,37.80],[113.62,37.80],"
				+ "[113.62,37.81],[113.60,37.81],[113.60,37.80]]]}");
		page.locator("#p-ii").fill("300");
		page.locator("#p-tpm").fill("20");
		page.getByTestId("save-parcel").click();
		assertThat(page.getByTestId("parcel-code")).hasText(code);
		assertThat(page.getByTestId("parcel-status")).hasText("可供地");
		page.navigate(url("/land"));
		page.waitForFunction("window.chartReady > 0");
		assertThat(page.getByTestId("land-map").locator("canvas")).hasCount(1);
		assertThat(page.getByTestId("parcels")).containsText(code);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("land-zh.png")).setFullPage(true));
	}

	@Test
	void aStaffMemberRecordsAVisitAndFilesItsProblemAsATicketWhoseStatusShowsOnTheVisit() {
		logIn("zh-CN");
		page.navigate(url("/retention/visits"));
		page.getByTestId("new-visit").click();
		page.locator("#v-enterprise").selectOption(enterprise("西格里").id().value().toString());
		page.locator("#v-visitors").fill("招商服务局 张三");
		page.locator("#v-hosts").fill("厂长 李四");
		page.locator("#topic-POWER").check();
		page.locator("#topic-EXPANSION").check();
		String problem = "硬毡二期用电增容未批-" + UUID.randomUUID().toString().substring(0, 6);
		page.locator("input[name=problems]").first().fill(problem);
		page.locator("input[name=promiseTexts]").first().fill("两周内协调供电公司答复");
		page.locator("#v-link").selectOption("CRUCIBLES_AND_CONSUMABLES");
		page.locator("textarea[name=expansionPlan]").fill("二期硬毡产线，计划 2027 年投产");
		page.getByTestId("save-visit").click();
		assertThat(page.getByTestId("problems")).containsText(problem);
		assertThat(page.getByTestId("promises")).containsText("两周内协调供电公司答复");
		page.getByTestId("to-ticket").first().click();
		assertThat(page.getByTestId("done")).containsText("已转为营商环境诉求");
		assertThat(page.getByTestId("problem-status").first()).containsText("已提出");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("visit-zh.png")).setFullPage(true));
		page.getByTestId("to-lead").click();
		assertThat(page.getByTestId("origin-enterprise")).isVisible();
		page.navigate(url("/retention"));
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("retention-zh.png")).setFullPage(true));
		page.navigate(url("/retention/surveys"));
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("surveys-zh.png")).setFullPage(true));
	}

	@Test
	void aDealWithoutItsLegalBasisIsRefusedAtSigningThenSignedWithIt() {
		logIn("zh-CN");
		page.navigate(url("/incentives"));
		page.getByTestId("new-deal").click();
		page.locator("#d-enterprise").selectOption(enterprise("西格里").id().value().toString());
		page.locator("#d-kind").selectOption("FISCAL");
		page.locator("#d-amount").fill("5000000");
		String title = "硬毡扩产奖励-" + UUID.randomUUID().toString().substring(0, 6);
		page.locator("#d-title").fill(title);
		page.locator("#d-content").fill("按设备投资额给予奖励");
		page.locator("[name='commitments[0].side']").selectOption("ENTERPRISE");
		page.locator("[name='commitments[0].kind']").selectOption("JOBS");
		page.locator("[name='commitments[0].description']").fill("新增就业 100 人");
		page.locator("[name='commitments[0].target']").fill("100");
		page.locator("[name='commitments[0].dueOn']").fill("2026-06-30");
		page.locator("[name='commitments[0].clawback']").selectOption("PROPORTIONAL");
		page.getByTestId("save-deal").click();
		assertThat(page.getByTestId("deal-title")).hasText(title);
		page.getByTestId("sign").click();
		assertThat(page.getByTestId("deal-errors")).containsText("法律、行政法规依据");
		assertThat(page.getByTestId("deal-status")).hasText("草稿");
		page.locator("#b-basis").fill("（测试）某法规第 X 条");
		page.locator("#b-no").fill("公平竞争审查〔2026〕9号");
		page.locator("#b-on").fill("2026-01-15");
		page.locator("#b-conclusion").selectOption("NO_RESTRICTION");
		page.locator("form[data-testid=basis-form] button").click();
		page.getByTestId("sign").click();
		assertThat(page.getByTestId("deal-status")).hasText("已签约");
		// 60 of the 100 jobs recorded after the due date: 40 % of 500 万 comes back
		var row = page.getByTestId("ledger").locator("tbody tr").first();
		row.locator("input[name=actual]").fill("60");
		row.locator("button").click();
		assertThat(page.getByTestId("clawback").first()).hasText("200.00 万元");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("deal-zh.png")).setFullPage(true));
	}

	@Test
	void everyMainPageRunsUnderTheContentSecurityPolicyWithoutAViolation() {
		java.util.List<String> refused = new java.util.ArrayList<>();
		page.onConsoleMessage(m -> {
			if (m.text().contains("Content Security Policy") || m.text().startsWith("Refused to")) {
				refused.add(page.url() + ": " + m.text());
			}
		});
		logIn("zh-CN");
		for (String path : new String[] { "/", "/enterprises", "/projects", "/chain", "/chain/coefficients", "/stats",
				"/stats/reports", "/plans", "/leads", "/leads/promotion", "/leads/targets",
				"/leads/optimizer?run=true&landMu=500&powerMw=80", "/approvals", "/land", "/tickets", "/incentives",
				"/calendar", "/account/password", "/retention", "/retention/visits", "/retention/visits/new",
				"/retention/plan", "/retention/follow-ups", "/retention/surveys", "/retention/surveys/new",
				"/retention/partners" }) {
			page.navigate(url(path));
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
		}
		assertThat(page.locator("body")).isVisible();
		org.assertj.core.api.Assertions.assertThat(refused).isEmpty();
	}

	@Test
	void aWrongCreditCodeIsFlaggedAtTheFieldAsTheUserLeavesIt() {
		logIn("zh-CN");
		page.navigate(url("/enterprises/new"));

		page.locator("#creditCode").fill("91350100M000100Y44");
		page.locator("#nameZh").focus();

		assertThat(page.locator("#creditCodeMessage")).hasText("统一社会信用代码校验位不正确");
	}

	@Test
	void anAdminCreatesAnEnterpriseUserWhoThenSeesOnlyTheirOwnEnterprise() {
		String clerk = "sgl-clerk-" + UUID.randomUUID().toString().substring(0, 6);
		logIn("zh-CN", "admin", ADMIN_PASSWORD);
		page.navigate(url("/admin/users"));
		page.locator("#username").fill(clerk);
		page.locator("#password").fill(USER_PASSWORD);
		page.locator("#role").selectOption("ENTERPRISE");
		page.locator("#enterpriseId").selectOption(enterprise("西格里").id().value().toString());
		page.locator("form[action$='/admin/users'] button").click();
		assertThat(page.locator(".alert-success")).hasText("用户已创建。");
		assertThat(page.getByTestId("user-table")).containsText(clerk);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("users-zh.png")).setFullPage(true));
		page.locator("form[action$='/logout'] button").click();

		logIn("zh-CN", clerk, USER_PASSWORD);
		page.navigate(url("/enterprises"));

		assertThat(page.getByTestId("enterprise-table").locator("tbody tr")).hasCount(1);
		assertThat(page.getByTestId("enterprise-table")).containsText("西格里");
		page.navigate(url("/projects"));
		assertThat(page.getByTestId("project-table")).containsText("西格里年产2500吨特种石墨和7000块硬毡项目");
		assertThat(page.getByTestId("project-table")).not().containsText("贝特瑞");
	}

	private void logIn(String lang) {
		logIn(lang, staff, USER_PASSWORD);
	}

	private void logIn(String lang, String username, String password) {
		page.navigate(url("/login?lang=" + lang));
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("button[type=submit]").click();
		page.waitForURL(url("/"));
	}

	/** The enterprise the last registered project belongs to. */
	private String registeredFor = "";

	private void registerProject(String name, String capacity) {
		page.navigate(url("/projects"));
		page.getByTestId("new-project").click();
		page.locator("#enterpriseId").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel(page.locator("#enterpriseId option").first().textContent()));
		registeredFor = page.locator("#enterpriseId").inputValue();
		page.locator("#nameZh").fill(name);
		page.locator("[name='capacityLines[0].product']").selectOption("ANODE_FINISHED");
		page.locator("[name='capacityLines[0].nameplate']").fill(capacity);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("project-form.png")).setFullPage(true));
		page.getByTestId("save").click();
		page.waitForURL(java.util.regex.Pattern.compile(".*/projects/[0-9a-f-]{36}$"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
