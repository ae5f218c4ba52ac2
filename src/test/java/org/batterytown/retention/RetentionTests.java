package org.batterytown.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.attraction.AttractionManagement;
import org.batterytown.attraction.FunnelGrouping;
import org.batterytown.attraction.FunnelStep;
import org.batterytown.attraction.LeadDraft;
import org.batterytown.attraction.LeadFunnel;
import org.batterytown.attraction.LeadSource;
import org.batterytown.attraction.LeadView;
import org.batterytown.calendar.Calendars;
import org.batterytown.calendar.DayType;
import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.ChainRole;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.feedback.Tickets;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.stats.ReportImports;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Visits, surveys, early warning and expansion leads on the real database. */
class RetentionTests extends IntegrationTest {

	@Autowired
	Visits visits;

	@Autowired
	Surveys surveys;

	@Autowired
	FollowUps followUps;

	@Autowired
	VisitPlans plans;

	@Autowired
	EnterpriseHealth health;

	@Autowired
	ChainPartners partners;

	@Autowired
	Tickets tickets;

	@Autowired
	AttractionManagement attraction;

	@Autowired
	LeadFunnel funnel;

	@Autowired
	Calendars calendars;

	@Autowired
	ReportImports imports;

	private UUID park() {
		return pingding().id().value();
	}

	private UUID newEnterprise(String name, Set<ChainRole> roles) {
		return enterprises.register(Actor.system(), new EnterpriseDraft(park(), null, name + " " + UUID.randomUUID(),
				null, null, roles, false, null)).value();
	}

	private Actor staff() {
		return new Actor("retention-staff", Role.STAFF, park(), null);
	}

	private static VisitDraft visit(UUID enterprise, List<String> problems, String expansion) {
		return new VisitDraft(enterprise, LocalDate.now().minusDays(1), "张三、李四", "生产副总 王五",
				Set.of(Topic.POWER, Topic.EXPANSION), "电价与二期扩产", problems,
				List.of(new VisitDraft.PromiseDraft("协调供电公司答复增容申请", null)), expansion,
				expansion == null ? null : new BigDecimal("500000000"), expansion == null ? null : new BigDecimal("20000"),
				expansion == null ? null : Link.ANODE);
	}

	@Test
	void aVisitsProblemBecomesATicketWhoseStatusShowsOnTheVisit() throws Exception {
		String staffUser = ensureUser("retention-staff", Role.STAFF, park(), null);
		UUID enterprise = newEnterprise("走访测试企业", Set.of(ChainRole.ANODE_MATERIALS));
		UUID id = visits.record(staff(), visit(enterprise, List.of("110 千伏变电站增容迟迟未批", "厂区道路破损"), null));

		VisitView recorded = visits.get(staff(), id);
		assertThat(recorded.problems()).extracting(VisitView.Problem::open).containsExactly(true, true);
		// the promise is a follow-up from the start: owned by who recorded it (no liaison), due in 20 working days
		VisitView.Promise promise = recorded.promises().get(0);
		assertThat(promise.owner()).isEqualTo("retention-staff");
		assertThat(promise.status()).isEqualTo(FollowUpStatus.OPEN);
		assertThat(promise.dueOn()).isEqualTo(calendars.current().due(LocalDate.now(), 20, DayType.WORKING));

		UUID ticket = visits.problemToTicket(staff(), id, 0, "HELP", recorded.version());
		VisitView.Problem filed = visits.get(staff(), id).problems().get(0);
		assertThat(filed.ticketId()).isEqualTo(ticket);
		assertThat(filed.ticketStatus()).isEqualTo("FILED");
		assertThat(tickets.get(Actor.system(), ticket).enterpriseId()).isEqualTo(enterprise);

		// the ticket moves on: the visit shows where it stands now
		tickets.route(Actor.system(), ticket, tickets.departments().get(0), tickets.get(Actor.system(), ticket).version());
		assertThat(visits.get(staff(), id).problems().get(0).ticketStatus()).isEqualTo("ROUTED");
		mvc.perform(get("/retention/visits/" + id).with(loggedIn(staffUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("办理中")))
			.andExpect(content().string(Matchers.containsString("/tickets/" + ticket)));

		// the other problem becomes a follow-up owned by the enterprise's liaison
		plans.set(staff(), enterprise, 1, "包联干部赵六", -1);
		long version = visits.get(staff(), id).version();
		UUID task = visits.problemToFollowUp(staff(), id, 1, null, null, version);
		VisitView.Problem followed = visits.get(staff(), id).problems().get(1);
		assertThat(followed.followUpId()).isEqualTo(task);
		assertThat(followed.owner()).isEqualTo("包联干部赵六");
		assertThat(followed.dueOn()).isEqualTo(calendars.current().due(LocalDate.now(), 10, DayType.WORKING));

		// a problem is taken up once
		long now = visits.get(staff(), id).version();
		assertThatThrownBy(() -> visits.problemToTicket(staff(), id, 1, "HELP", now)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void aRedFlagAnswerOpensAFollowUpWithOwnerAndDueDate() {
		UUID enterprise = newEnterprise("问卷测试企业", Set.of(ChainRole.GRAPHITIZATION));
		plans.set(staff(), enterprise, 3, "包联干部钱七", -1);
		Actor owner = new Actor("survey-owner", Role.ENTERPRISE, park(), enterprise);

		UUID response = surveys.respond(owner, new SurveyDraft(null, null,
				Map.of("relocation", "CONSIDERING", "staff_change", "STABLE", "satisfaction_services", "4")));

		SurveyResponseView view = surveys.get(owner, response);
		assertThat(view.channel()).isEqualTo(SurveyChannel.ENTERPRISE);
		assertThat(view.redFlags()).hasSize(1);
		FollowUpView flag = view.redFlags().get(0);
		assertThat(flag.title()).startsWith("考虑迁出");
		assertThat(flag.owner()).isEqualTo("包联干部钱七");
		// the relocation rule asks for a follow-up within 5 working days
		assertThat(flag.dueOn()).isEqualTo(calendars.current().due(LocalDate.now(), 5, DayType.WORKING));
		assertThat(flag.status()).isEqualTo(FollowUpStatus.OPEN);

		// the red flag counts in the enterprise's health with its rule's weight
		HealthView h = health.of(owner, enterprise);
		assertThat(h.signals()).anySatisfy(s -> {
			assertThat(s.kind()).isEqualTo(SignalKind.SURVEY_RED_FLAG);
			assertThat(s.weight()).isEqualTo(3);
		});

		// staff record another enterprise's answers: no liaison, so the staff member owns the follow-up
		UUID other = newEnterprise("问卷测试企业二", Set.of());
		UUID second = surveys.respond(staff(), new SurveyDraft(other, null, Map.of("staff_change", "DECREASE")));
		assertThat(surveys.get(staff(), second).redFlags()).singleElement()
			.satisfies(f -> assertThat(f.owner()).isEqualTo("retention-staff"));

		// an answer the question cannot take is refused and nothing is stored
		int before = surveys.ofPark(staff(), park()).size();
		assertThatThrownBy(() -> surveys.respond(staff(), new SurveyDraft(other, null,
				Map.of("constraint_power", "7", "relocation", "MAYBE")))).isInstanceOf(RuleViolations.class);
		assertThat(surveys.ofPark(staff(), park())).hasSize(before);

		// an enterprise user sees its own responses only
		assertThat(surveys.ofPark(owner, park())).extracting(SurveyResponseView::enterpriseId).containsOnly(enterprise);
		assertThatThrownBy(() -> surveys.get(owner, second)).isInstanceOf(NotFound.class);
	}

	@Test
	void surveyResultsCountTheLatestResponseOfEachEnterpriseUnderItsLinks() {
		SurveyResults before = surveys.results(staff(), park());
		UUID separator = newEnterprise("问卷统计测试隔膜", Set.of(ChainRole.SEPARATOR));
		UUID logistics = newEnterprise("问卷统计测试物流", Set.of(ChainRole.SEPARATOR, ChainRole.LOGISTICS));
		surveys.respond(staff(), new SurveyDraft(separator, null, Map.of("hires_planned", "999")));
		// the later answer replaces the earlier one
		surveys.respond(staff(), new SurveyDraft(separator, null, Map.of("hires_planned", "30")));
		surveys.respond(staff(), new SurveyDraft(logistics, null, Map.of("hires_planned", "12")));

		SurveyResults after = surveys.results(staff(), park());

		assertThat(after.responses()).isEqualTo(before.responses() + 2);
		assertThat(sum(after, "SEPARATOR") - sum(before, "SEPARATOR")).isEqualTo(42.0);
		assertThat(sum(after, "LOGISTICS") - sum(before, "LOGISTICS")).isEqualTo(12.0);
		assertThat(sum(after, "ALL") - sum(before, "ALL")).isEqualTo(42.0);
	}

	private static double sum(SurveyResults results, String group) {
		return results.questions().stream().filter(q -> q.question().code().equals("hires_planned")).findFirst()
			.flatMap(q -> q.groups().stream().filter(g -> g.group().equals(group)).findFirst())
			.map(g -> g.sum() == null ? 0.0 : g.sum())
			.orElse(0.0);
	}

	@Test
	void anExpansionPlanBecomesALeadAttributedToItsEnterpriseAndTheFunnelCountsIt() {
		UUID enterprise = newEnterprise("扩产测试企业", Set.of(ChainRole.ANODE_MATERIALS));
		int countedBefore = existingEnterpriseLeads();
		UUID id = visits.record(staff(), visit(enterprise, List.of(), "二期 2 万吨负极一体化项目，计划 2027 年开工"));

		UUID leadId = visits.expansionToLead(staff(), id, visits.get(staff(), id).version());

		LeadView lead = attraction.get(Actor.system(), leadId);
		assertThat(lead.source()).isEqualTo(LeadSource.EXISTING_ENTERPRISE);
		assertThat(lead.originEnterpriseId()).isEqualTo(enterprise);
		assertThat(lead.localCompany()).isEqualTo(enterprises.get(Actor.system(),
				new org.batterytown.enterprise.EnterpriseId(enterprise)).name().zh());
		assertThat(lead.link()).isEqualTo(Link.ANODE);
		assertThat(lead.expectedInvestment()).isEqualByComparingTo("500000000");
		assertThat(attraction.ofPark(Actor.system(), park()).stream().filter(l -> enterprise.equals(l.originEnterpriseId())))
			.extracting(LeadView::id).containsExactly(leadId);
		assertThat(visits.get(staff(), id).expansionLeadId()).isEqualTo(leadId);
		assertThat(existingEnterpriseLeads()).isEqualTo(countedBefore + 1);

		// once only; and the generic lead form cannot claim the source without naming the enterprise
		long version = visits.get(staff(), id).version();
		assertThatThrownBy(() -> visits.expansionToLead(staff(), id, version)).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> attraction.open(staff(), new LeadDraft(park(), "冒用来源", null, null, null, null, null,
				null, null, null, LeadSource.EXISTING_ENTERPRISE, null, null, null, null, null, null)))
			.isInstanceOf(RuleViolations.class);
	}

	private int existingEnterpriseLeads() {
		return funnel.of(Actor.system(), park(), FunnelGrouping.SOURCE).stream()
			.filter(r -> r.group().equals(LeadSource.EXISTING_ENTERPRISE.name()))
			.mapToInt(r -> r.reached().getOrDefault(FunnelStep.LEAD, 0))
			.sum();
	}

	@Test
	void fallingOutputAndLateReportsFromTheStatisticsFlagAnEnterpriseSteadyFiguresDoNot() throws Exception {
		String falling = enterprises.get(Actor.system(), new org.batterytown.enterprise.EnterpriseId(
				newEnterprise("预警测试下滑企业", Set.of()))).name().zh();
		String steady = enterprises.get(Actor.system(), new org.batterytown.enterprise.EnterpriseId(
				newEnterprise("预警测试平稳企业", Set.of()))).name().zh();
		YearMonth last = YearMonth.now().minusMonths(1);
		StringBuilder csv = new StringBuilder("统一社会信用代码,企业名称,报告期,产品,产量,销量,工业总产值（元）,用电量（千瓦时）,"
				+ "综合能源消费量（吨标准煤）,从业人员（人）,税收（元）,说明\n");
		long[] fallingTonnes = { 1000, 1100, 1200, 1150, 1080, 900 };
		long[] steadyTonnes = { 1000, 1020, 990, 1010, 1005, 1030 };
		for (int i = 0; i < 6; i++) {
			String period = last.minusMonths(5 - i).toString();
			csv.append(row(falling, period, fallingTonnes[i])).append(row(steady, period, steadyTonnes[i]));
		}
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		var result = imports.importFile(Actor.system(), park(), "health.csv", bytes.length, new ByteArrayInputStream(bytes));
		assertThat(result.succeeded()).as("import refused: %s", result.errors()).isTrue();

		List<HealthView> ranking = health.ranking(staff(), park());

		HealthView down = ranking.stream().filter(h -> h.enterpriseName().zh().equals(falling)).findFirst().orElseThrow();
		// imported today, every month's report came after its due day
		assertThat(down.signals()).extracting(HealthView.SignalView::kind)
			.contains(SignalKind.OUTPUT_FALLING, SignalKind.LATE_REPORTS);
		assertThat(down.signals()).filteredOn(s -> s.kind() == SignalKind.OUTPUT_FALLING).singleElement()
			.satisfies(s -> assertThat(s.explanation().zh()).contains("产值连续 3 个月下降", "-25.0%"));
		assertThat(down.atRisk()).isTrue();
		HealthView flat = ranking.stream().filter(h -> h.enterpriseName().zh().equals(steady)).findFirst().orElseThrow();
		assertThat(flat.signals()).extracting(HealthView.SignalView::kind)
			.doesNotContain(SignalKind.OUTPUT_FALLING, SignalKind.ELECTRICITY_FALLING);
		assertThat(ranking.indexOf(down)).isLessThan(ranking.indexOf(flat));

		// at risk: on the overview and in the month's dispatch report, with its reasons
		String staffUser = ensureUser("retention-staff", Role.STAFF, park(), null);
		mvc.perform(get("/").with(loggedIn(staffUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(falling)));
		mvc.perform(get("/stats/months/" + last + "?parkId=" + park()).with(loggedIn(staffUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("dispatch-at-risk")))
			.andExpect(content().string(Matchers.containsString(falling)))
			.andExpect(content().string(Matchers.containsString("产值连续 3 个月下降")));
	}

	/** A month of graphitization toll work: output value and electricity move with the tonnes. */
	private static String row(String enterprise, String period, long tonnes) {
		return "," + enterprise + "," + period + ",石墨化代工," + tonnes + "," + tonnes + "," + tonnes * 10_000 + ","
				+ tonnes * 11_000 + ",,80," + tonnes * 300 + ",长期加工协议价格\n";
	}

	@Test
	void enterpriseUsersSeeOnlyTheirOwnVisitsAndHealth() throws Exception {
		UUID mine = newEnterprise("范围测试企业甲", Set.of());
		UUID theirs = newEnterprise("范围测试企业乙", Set.of());
		UUID myVisit = visits.record(staff(), visit(mine, List.of("问题甲"), null));
		UUID theirVisit = visits.record(staff(), visit(theirs, List.of("问题乙"), null));
		Actor me = new Actor("scope-owner", Role.ENTERPRISE, park(), mine);

		assertThat(visits.ofPark(me, park(), null)).extracting(VisitView::id).containsExactly(myVisit);
		assertThatThrownBy(() -> visits.get(me, theirVisit)).isInstanceOf(NotFound.class);
		assertThat(health.ranking(me, park())).allSatisfy(h -> assertThat(h.enterpriseId()).isEqualTo(mine));
		assertThatThrownBy(() -> health.of(me, theirs)).isInstanceOf(NotFound.class);
		assertThat(followUps.ofPark(me, park(), false)).allSatisfy(f -> assertThat(f.enterpriseId()).isEqualTo(mine));

		String user = ensureUser("scope-owner-" + UUID.randomUUID().toString().substring(0, 6), Role.ENTERPRISE, null, mine);
		mvc.perform(get("/retention/visits/" + theirVisit).with(loggedIn(user))).andExpect(status().isNotFound());
		mvc.perform(get("/retention").with(loggedIn(user))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/retention/health/" + mine).with(loggedIn(user))).andExpect(status().isOk());
	}

	@Test
	void aChainLeadersSupplierNotInTheParkIsOfferedToTheTargetList() throws Exception {
		String staffUser = ensureUser("retention-staff", Role.STAFF, park(), null);
		UUID leader = newEnterprise("链主测试企业", Set.of(ChainRole.ANODE_MATERIALS));
		String inPark = enterprises.get(Actor.system(), new org.batterytown.enterprise.EnterpriseId(
				newEnterprise("园内供应商", Set.of()))).name().zh();
		UUID outside = partners.add(staff(), new PartnerDraft(leader, PartnerRelation.SUPPLIER, "某针状焦公司",
				Link.NEEDLE_COKE, "辽宁锦州", null));
		UUID inside = partners.add(staff(), new PartnerDraft(leader, PartnerRelation.SUPPLIER, inPark, null, null, null));

		List<PartnerView> listed = partners.ofPark(staff(), park(), leader);
		assertThat(listed).filteredOn(p -> p.id().equals(inside)).singleElement()
			.satisfies(p -> assertThat(p.inParkEnterpriseId()).isNotNull());
		assertThat(listed).filteredOn(p -> p.id().equals(outside)).singleElement()
			.satisfies(p -> assertThat(p.offerable()).isTrue());

		mvc.perform(post("/retention/partners/" + outside + "/candidate").with(loggedIn(staffUser)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		PartnerView offered = partners.ofPark(staff(), park(), leader).stream().filter(p -> p.id().equals(outside))
			.findFirst().orElseThrow();
		assertThat(offered.candidateId()).isNotNull();
		assertThatThrownBy(() -> partners.offer(staff(), inside)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void theRetentionPagesRenderForTheZone() throws Exception {
		String staffUser = ensureUser("retention-staff", Role.STAFF, park(), null);
		UUID enterprise = newEnterprise("页面测试企业", Set.of(ChainRole.CELLS));
		visits.record(staff(), visit(enterprise, List.of("页面测试问题"), "页面测试扩产"));
		for (String page : List.of("/retention", "/retention/visits", "/retention/visits/new", "/retention/plan",
				"/retention/follow-ups", "/retention/surveys", "/retention/surveys/new", "/retention/partners",
				"/retention/health/" + enterprise)) {
			mvc.perform(get(page).with(loggedIn(staffUser))).andExpect(status().isOk());
		}
		// a refused one-button action says why on the page it returns to, and changes nothing
		UUID taken = visits.record(staff(), visit(enterprise, List.of("已转办的问题"), null));
		visits.problemToFollowUp(staff(), taken, 0, null, null, visits.get(staff(), taken).version());
		long takenVersion = visits.get(staff(), taken).version();
		mvc.perform(post("/retention/visits/" + taken + "/problems/0/ticket").with(loggedIn(staffUser)).with(csrf())
			.param("category", "HELP").param("version", Long.toString(takenVersion)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/retention/visits/" + taken).with(loggedIn(staffUser))
			.flashAttr("problem", "visit.problemTaken").flashAttr("problemArgs", new Object[0]))
			.andExpect(content().string(Matchers.containsString("这个问题已经转办")));
		assertThat(visits.get(staff(), taken).problems().get(0).ticketId()).isNull();
		assertThat(visits.get(staff(), taken).version()).isEqualTo(takenVersion);
		// the red-flag rules read as questions and answers, not codes
		mvc.perform(get("/retention/surveys").with(loggedIn(staffUser)))
			.andExpect(content().string(Matchers.containsString("是否考虑把部分或全部生产迁出本园区？")))
			.andExpect(content().string(Matchers.containsString("<td><span>正在考虑、</span><span>已决定</span></td>")));
		// a visit through the form: refused fields at the field, then saved
		mvc.perform(post("/retention/visits").with(loggedIn(staffUser)).with(csrf())
			.param("enterpriseId", enterprise.toString()).param("visitedOn", "2099-01-01").param("visitors", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("走访日期不能晚于今天")))
			.andExpect(content().string(Matchers.containsString("请填写走访人")));
		mvc.perform(post("/retention/visits").with(loggedIn(staffUser)).with(csrf())
			.param("enterpriseId", enterprise.toString()).param("visitedOn", LocalDate.now().toString())
			.param("visitors", "孙八").param("topics", "LAND", "POWER").param("problems", "用地指标", "", "")
			.param("promiseTexts", "两周内回复用地", "", "").param("promiseDues", LocalDate.now().plusDays(14).toString(), "", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(visits.ofPark(staff(), park(), enterprise)).anySatisfy(v -> {
			assertThat(v.visitors()).isEqualTo("孙八");
			assertThat(v.topics()).containsExactlyInAnyOrder(Topic.LAND, Topic.POWER);
			assertThat(v.problems()).extracting(VisitView.Problem::text).containsExactly("用地指标");
			assertThat(v.promises()).singleElement().satisfies(p -> assertThat(p.dueOn()).isEqualTo(LocalDate.now().plusDays(14)));
		});
		// a survey through the form
		mvc.perform(post("/retention/surveys").with(loggedIn(staffUser)).with(csrf())
			.param("enterpriseId", enterprise.toString()).param("q.constraint_power", "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("请选 1 到 5")));
		mvc.perform(post("/retention/surveys").with(loggedIn(staffUser)).with(csrf())
			.param("enterpriseId", enterprise.toString()).param("q.constraint_power", "5").param("q.expansion_plan", "PLANNED"))
			.andExpect(status().is3xxRedirection());
	}

}
