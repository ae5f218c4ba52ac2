package org.batterytown.attraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** A lead taken from 线索 to 注册 through the pages, its gates answered at their fields. */
class LeadPageTests extends IntegrationTest {

	@Autowired
	AttractionManagement attraction;

	@Autowired
	Promotion promotion;

	@Test
	void aLeadGoesFromLeadToRegisteredThroughThePages() throws Exception {
		String staff = ensureUser("lead-page-staff", Role.STAFF, pingding().id().value(), null);
		String code = "坩埚-" + UUID.randomUUID().toString().substring(0, 6);
		String location = mvc.perform(post("/leads").with(loggedIn(staff)).with(csrf())
			.param("parkId", pingding().id().value().toString())
			.param("codeName", code)
			.param("investorGroup", "某坩埚集团")
			.param("link", "CRUCIBLES_AND_CONSUMABLES")
			.param("source", "GAP_TARGET")
			.param("expectedInvestment", "300000000"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		for (String stage : new String[] { "CONTACTED", "SITE_VISIT", "NEGOTIATING" }) {
			mvc.perform(post("/leads/" + id + "/stage").with(loggedIn(staff)).with(csrf())
				.param("version", Long.toString(attraction.get(Actor.system(), id).version()))
				.param("target", stage))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/leads/" + id + "/stage").with(loggedIn(staff)).with(csrf())
			.param("version", Long.toString(attraction.get(Actor.system(), id).version()))
			.param("target", "SIGNED"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("进入这一阶段须填写此项")));
		assertThat(attraction.get(Actor.system(), id).stage()).isEqualTo(LeadStage.NEGOTIATING);
		mvc.perform(post("/leads/" + id + "/stage").with(loggedIn(staff)).with(csrf())
			.param("version", Long.toString(attraction.get(Actor.system(), id).version()))
			.param("target", "SIGNED")
			.param("agreementDate", "2026-11-01")
			.param("agreementAmount", "300000000")
			.param("landMu", "80"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/leads/" + id + "/stage").with(loggedIn(staff)).with(csrf())
			.param("version", Long.toString(attraction.get(Actor.system(), id).version()))
			.param("target", "REGISTERED")
			.param("registeredCompany", "平定某坩埚有限公司"))
			.andExpect(status().is3xxRedirection());
		LeadView lead = attraction.get(Actor.system(), id);
		assertThat(lead.stage()).isEqualTo(LeadStage.REGISTERED);
		assertThat(lead.projectId()).isNotNull();
		mvc.perform(get("/leads/" + id).with(loggedIn(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/projects/" + lead.projectId())));

		String leader = ensureUser("lead-page-leader", Role.VIEWER, pingding().id().value(), null);
		mvc.perform(get("/leads").with(loggedIn(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(code)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("某坩埚集团"))));
		mvc.perform(get("/leads/promotion").with(loggedIn(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("江苏南京新能源电池材料专题招商推介")))
			.andExpect(content().string(Matchers.containsString("155.00 亿元")))
			.andExpect(content().string(Matchers.containsString("董事长")));

		// the export: leaders get code names only, the investor's columns left out
		String leaderSheet = sheet(leader);
		assertThat(leaderSheet).contains(code).doesNotContain("某坩埚集团").doesNotContain("平定某坩埚有限公司");
		assertThat(sheet(staff)).contains(code).contains("某坩埚集团").contains("平定某坩埚有限公司");
	}

	@Test
	void lettersInANumberOrAnImpossibleDateAreShownAtTheFieldAndNothingIsSaved() throws Exception {
		String staff = ensureUser("lead-page-staff", Role.STAFF, pingding().id().value(), null);
		String code = "错值-" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/leads").with(loggedIn(staff)).with(csrf())
			.param("parkId", pingding().id().value().toString())
			.param("codeName", code)
			.param("landMu", "八十亩")
			.param("nextActionDue", "2026-02-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("请输入数字")))
			.andExpect(content().string(Matchers.containsString("is-invalid")));
		assertThat(attraction.ofPark(Actor.system(), pingding().id().value()).stream()
			.noneMatch(l -> code.equals(l.codeName()))).isTrue();

		UUID id = attraction.open(Actor.system(), new LeadDraft(pingding().id().value(), code, "某集团", null,
				org.batterytown.chain.model.Link.LOGISTICS, null, null, null, null, null, LeadSource.WALK_IN, null, null,
				null, null, null, null));
		long version = attraction.get(Actor.system(), id).version();
		mvc.perform(post("/leads/" + id).with(loggedIn(staff)).with(csrf())
			.param("parkId", pingding().id().value().toString()).param("version", Long.toString(version))
			.param("codeName", "改名").param("source", "WALK_IN").param("jobs", "很多"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("is-invalid")));
		mvc.perform(post("/leads/" + id + "/stage").with(loggedIn(staff)).with(csrf())
			.param("version", "最新").param("target", "CONTACTED"))
			.andExpect(status().isOk());
		LeadView unchanged = attraction.get(Actor.system(), id);
		assertThat(unchanged.codeName()).isEqualTo(code);
		assertThat(unchanged.stage()).isEqualTo(LeadStage.LEAD);
		assertThat(unchanged.version()).isEqualTo(version);
	}

	@Test
	void staffEditALeadsEstimatesOnItsPageAndAStaleEditChangesNothing() throws Exception {
		String staff = ensureUser("lead-page-staff", Role.STAFF, pingding().id().value(), null);
		String code = "编辑-" + UUID.randomUUID().toString().substring(0, 6);
		UUID id = attraction.open(Actor.system(), new LeadDraft(pingding().id().value(), code, "某物流集团", null,
				org.batterytown.chain.model.Link.LOGISTICS, null, null, null, null, null, LeadSource.WALK_IN, null, null,
				null, null, null, null));
		long version = attraction.get(Actor.system(), id).version();
		mvc.perform(get("/leads/" + id + "/edit").with(loggedIn(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("value=\"" + code + "\"")));
		mvc.perform(post("/leads/" + id).with(loggedIn(staff)).with(csrf())
			.param("parkId", pingding().id().value().toString()).param("version", Long.toString(version))
			.param("codeName", code).param("investorGroup", "某物流集团").param("link", "LOGISTICS")
			.param("source", "WALK_IN").param("likelihood", "1.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("签约可能性须在 0 到 1 之间。")));
		mvc.perform(post("/leads/" + id).with(loggedIn(staff)).with(csrf())
			.param("parkId", pingding().id().value().toString()).param("version", Long.toString(version))
			.param("codeName", code).param("investorGroup", "某物流集团").param("link", "LOGISTICS")
			.param("source", "WALK_IN").param("likelihood", "0.6").param("landMu", "80").param("powerLoadMw", "3"))
			.andExpect(status().is3xxRedirection());
		LeadView edited = attraction.get(Actor.system(), id);
		assertThat(edited.likelihood()).isEqualByComparingTo("0.6");
		assertThat(edited.landMu()).isEqualByComparingTo("80");
		assertThat(edited.investorGroup()).isEqualTo("某物流集团");
		mvc.perform(post("/leads/" + id).with(loggedIn(staff)).with(csrf())
			.param("parkId", pingding().id().value().toString()).param("version", Long.toString(version))
			.param("codeName", "旧版本").param("source", "WALK_IN"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("alert-danger")));
		assertThat(attraction.get(Actor.system(), id).codeName()).isEqualTo(code);
	}

	@Test
	void staffRecordAnEventAndAnAmbassadorOnThePromotionPageAndTheFunnelGoesByEvent() throws Exception {
		String staff = ensureUser("lead-page-staff", Role.STAFF, pingding().id().value(), null);
		String park = pingding().id().value().toString();
		mvc.perform(post("/leads/promotion/events").with(loggedIn(staff)).with(csrf()).param("parkId", park)
			.param("statedProjects", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("请填写活动名称。")))
			.andExpect(content().string(Matchers.containsString("不能为负数。")));
		String name = "深圳电池材料推介会-" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/leads/promotion/events").with(loggedIn(staff)).with(csrf()).param("parkId", park)
			.param("nameZh", name).param("heldOn", "2026-10-18").param("place", "广东深圳").param("statedProjects", "3"))
			.andExpect(status().is3xxRedirection());
		EventView event = promotion.events(Actor.system(), pingding().id().value()).stream()
			.filter(e -> e.name().zh().equals(name)).findFirst().orElseThrow();
		assertThat(event.statedProjects()).isEqualTo(3);
		assertThat(event.statedAmount()).isNull();
		attraction.open(Actor.system(), new LeadDraft(pingding().id().value(), "深圳-" + UUID.randomUUID(), null, null,
				null, null, null, null, null, null, LeadSource.EVENT, event.id(), null, null, null, null, null));
		mvc.perform(get("/leads/promotion").param("by", "EVENT").with(loggedIn(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<td>" + name + "</td>")));

		int before = promotion.ambassadors(Actor.system(), pingding().id().value()).size();
		mvc.perform(post("/leads/promotion/ambassadors").with(loggedIn(staff)).with(csrf()).param("parkId", park)
			.param("organisation", "某正极材料集团").param("title", "副总裁").param("appointedOn", "2026-06-01")
			.param("termEndsOn", "2025-06-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("任期结束日期不能早于聘任日期。")));
		assertThat(promotion.ambassadors(Actor.system(), pingding().id().value())).hasSize(before);
		mvc.perform(post("/leads/promotion/ambassadors").with(loggedIn(staff)).with(csrf()).param("parkId", park)
			.param("organisation", "某正极材料集团").param("title", "副总裁").param("appointedOn", "2026-06-01")
			.param("termEndsOn", "2029-05-31"))
			.andExpect(status().is3xxRedirection());
		assertThat(promotion.ambassadors(Actor.system(), pingding().id().value())).hasSize(before + 1);
	}

	private String sheet(String user) throws Exception {
		byte[] bytes = mvc.perform(get("/leads/export.xlsx").with(loggedIn(user))).andReturn().getResponse()
			.getContentAsByteArray();
		StringBuilder text = new StringBuilder();
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(bytes))) {
			for (var row : workbook.getFirstSheet().read()) {
				row.stream().forEach(c -> text.append(c == null ? "" : c.getText()).append('|'));
				text.append('\n');
			}
		}
		return text.toString();
	}

}
