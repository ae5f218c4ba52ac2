package org.batterytown.attraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.chain.model.Link;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Leads of the demo park through their stages and gates, and who sees what of them. */
class AttractionTests extends IntegrationTest {

	@Autowired
	AttractionManagement attraction;

	@Autowired
	org.batterytown.project.ProjectManagement projects;

	private UUID lead(String codeName) {
		return attraction.open(Actor.system(), new LeadDraft(pingding().id().value(), codeName, "某针状焦集团",
				null, Link.NEEDLE_COKE, new BigDecimal("800000000"), new BigDecimal("100000"), new BigDecimal("200"),
				new BigDecimal("30"), 300, LeadSource.GAP_TARGET, null, null, "招商一部", new BigDecimal("0.4"), "安排考察",
				LocalDate.of(2026, 12, 15)));
	}

	private LeadStageChange to(LeadStage stage) {
		return new LeadStageChange(stage, null, null, null, null, null, null);
	}

	@Test
	void aLeadGoesFromLeadToRegisteredOneStageAtATimeThroughItsGates() {
		UUID id = lead("针状焦-" + UUID.randomUUID());
		LeadView view = attraction.get(Actor.system(), id);
		for (LeadStage stage : new LeadStage[] { LeadStage.CONTACTED, LeadStage.SITE_VISIT, LeadStage.NEGOTIATING }) {
			view = attraction.moveStage(Actor.system(), id, to(stage), view.version());
		}
		long before = view.version();
		assertThatThrownBy(() -> attraction.moveStage(Actor.system(), id, to(LeadStage.SIGNED), before))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("agreementDate"));
		assertThat(attraction.get(Actor.system(), id).stage()).isEqualTo(LeadStage.NEGOTIATING);
		view = attraction.moveStage(Actor.system(), id, new LeadStageChange(LeadStage.SIGNED, "签约仪式",
				LocalDate.of(2026, 11, 20), new BigDecimal("800000000"), new BigDecimal("180"), null, null), before);
		view = attraction.moveStage(Actor.system(), id, new LeadStageChange(LeadStage.REGISTERED, null, null, null, null,
				"平定某针状焦新材料有限公司", null), view.version());
		assertThat(view.stage()).isEqualTo(LeadStage.REGISTERED);
		assertThat(view.landMu()).isEqualByComparingTo("180");
		assertThat(view.localCompany()).isEqualTo("平定某针状焦新材料有限公司");
		assertThat(view.stageLog()).extracting(LeadView.LogEntry::stage).containsExactly(LeadStage.LEAD,
				LeadStage.CONTACTED, LeadStage.SITE_VISIT, LeadStage.NEGOTIATING, LeadStage.SIGNED, LeadStage.REGISTERED);
		assertThat(view.allowedTransitions()).isEmpty();
		// handed over to the registry from the lead's data, nobody re-keying it
		assertThat(view.projectId()).isNotNull();
		var project = projects.get(Actor.system(), new org.batterytown.project.ProjectId(view.projectId()));
		assertThat(project.stage()).isEqualTo(org.batterytown.project.ProjectStage.SIGNED);
		assertThat(project.totalInvestment()).isEqualByComparingTo("800000000");
		assertThat(project.parkId().value()).isEqualTo(pingding().id().value());
		assertThat(enterprises.get(Actor.system(), project.enterpriseId()).name().zh()).isEqualTo("平定某针状焦新材料有限公司");
		assertThat(project.description()).contains(view.codeName());
	}

	@Test
	void anIllegalSkipIsRefusedWithAClearMessageAndChangesNothing() {
		UUID id = lead("跳级-" + UUID.randomUUID());
		long version = attraction.get(Actor.system(), id).version();
		var response = api().post("/api/v1/leads/" + id + "/stage-transitions", "admin", ADMIN_PASSWORD,
				Map.of("target", "SIGNED"), version);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("detail").asString()).contains("线索").contains("签约");
		LeadView after = attraction.get(Actor.system(), id);
		assertThat(after.stage()).isEqualTo(LeadStage.LEAD);
		assertThat(after.version()).isEqualTo(version);
		var lost = api().post("/api/v1/leads/" + id + "/stage-transitions", "admin", ADMIN_PASSWORD,
				Map.of("target", "LOST"), version);
		assertThat(lost.status()).isEqualTo(422);
		assertThat(lost.json().get("errors").get(0).get("field").asString()).isEqualTo("lostReason");
	}

	@Test
	void leadersSeeCodeNamesOnlyAndEnterpriseUsersSeeNoLeads() {
		UUID id = lead("保密-" + UUID.randomUUID());
		String leader = ensureUser("lead-leader", Role.VIEWER, pingding().id().value(), null);
		String clerk = ensureUser("lead-clerk", Role.ENTERPRISE, null, enterprise("山西中烨新能源科技有限公司").id().value());
		var seen = api().get("/api/v1/leads/" + id, leader, USER_PASSWORD);
		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.text()).contains("保密-").doesNotContain("某针状焦集团");
		assertThat(api().get("/api/v1/leads?parkId=" + pingding().id().value(), leader, USER_PASSWORD).text())
			.doesNotContain("某针状焦集团");
		assertThat(api().get("/api/v1/leads/" + id, clerk, USER_PASSWORD).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/leads?parkId=" + pingding().id().value(), clerk, USER_PASSWORD).status())
			.isEqualTo(404);
		assertThat(attraction.get(Actor.system(), id).investorGroup()).isEqualTo("某针状焦集团");
	}

	@Autowired
	Promotion promotion;

	@Test
	void theNanjingEventShowsItsTenProjectsAndFifteenPointFiveBillionYuanWithItsSource() {
		EventView nanjing = promotion.events(Actor.system(), pingding().id().value()).stream()
			.filter(e -> e.name().zh().contains("南京")).findFirst().orElseThrow();
		assertThat(nanjing.statedProjects()).isEqualTo(10);
		assertThat(nanjing.statedAmount()).isEqualByComparingTo("15500000000");
		assertThat(nanjing.sourceId()).isNotNull();
		assertThat(nanjing.heldOn()).isNull();
		var api = api().get("/api/v1/events?parkId=" + pingding().id().value(), "admin", ADMIN_PASSWORD);
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.text()).contains("15500000000").contains("\"statedProjects\":10");
		assertThat(promotion.ambassadors(Actor.system(), pingding().id().value()))
			.extracting(AmbassadorView::title).contains("董事长", "总经理", "项目经理");
	}

	@Test
	void aLeadCreditedToAnAmbassadorCountsForThemWhenSigned() {
		AmbassadorView ambassador = promotion.ambassadors(Actor.system(), pingding().id().value()).get(0);
		UUID id = attraction.open(Actor.system(), new LeadDraft(pingding().id().value(), "大使推荐-" + UUID.randomUUID(),
				null, null, Link.LOGISTICS, null, null, null, null, null, LeadSource.AMBASSADOR, null, ambassador.id(),
				null, null, null, null));
		assertThatThrownBy(() -> attraction.open(Actor.system(), new LeadDraft(pingding().id().value(), "无大使", null,
				null, null, null, null, null, null, null, LeadSource.AMBASSADOR, null, null, null, null, null, null)))
			.isInstanceOf(org.batterytown.shared.RuleViolations.class);
		LeadView view = attraction.get(Actor.system(), id);
		for (LeadStage stage : new LeadStage[] { LeadStage.CONTACTED, LeadStage.SITE_VISIT, LeadStage.NEGOTIATING }) {
			view = attraction.moveStage(Actor.system(), id, to(stage), view.version());
		}
		int before = credited(ambassador.id()).signed();
		attraction.moveStage(Actor.system(), id, new LeadStageChange(LeadStage.SIGNED, null, LocalDate.of(2026, 10, 1),
				new BigDecimal("120000000"), new BigDecimal("60"), null, null), view.version());
		assertThat(credited(ambassador.id()).signed()).isEqualTo(before + 1);
	}

	private AmbassadorView credited(UUID id) {
		return promotion.ambassadors(Actor.system(), pingding().id().value()).stream().filter(a -> a.id().equals(id))
			.findFirst().orElseThrow();
	}

	@Autowired
	LeadFunnel funnel;

	@Test
	void theFunnelFollowsSignedDealsIntoConstruction() {
		UUID park = parks.register(Actor.system(), new org.batterytown.park.ParkDraft("AT-" + UUID.randomUUID().toString()
			.substring(0, 8).toUpperCase(), "招商漏斗测试园区", null, null, null, null, null, null, null, null, null, null, null,
				null, null)).value();
		UUID first = registered(park, Link.LOGISTICS, "物流-" + UUID.randomUUID());
		registered(park, Link.NEEDLE_COKE, "针状焦-" + UUID.randomUUID());
		var project = new org.batterytown.project.ProjectId(attraction.get(Actor.system(), first).projectId());
		for (var stage : List.of(org.batterytown.project.ProjectStage.FILED, org.batterytown.project.ProjectStage.LAND_SECURED,
				org.batterytown.project.ProjectStage.UNDER_CONSTRUCTION)) {
			projects.moveStage(Actor.system(), project, new org.batterytown.project.StageChange(stage, null, null),
					projects.get(Actor.system(), project).version());
		}
		FunnelRow all = funnel.of(Actor.system(), park, FunnelGrouping.ALL).get(0);
		assertThat(all.reached().get(FunnelStep.SIGNED)).isEqualTo(2);
		assertThat(all.reached().get(FunnelStep.REGISTERED)).isEqualTo(2);
		assertThat(all.reached().get(FunnelStep.CONSTRUCTION_START)).isEqualTo(1);
		assertThat(all.startRate()).isEqualTo(0.5);
		assertThat(all.productionRate()).isEqualTo(0.0);
		assertThat(all.nameplateRate()).isNull();
		assertThat(funnel.of(Actor.system(), park, FunnelGrouping.LINK)).extracting(FunnelRow::group)
			.containsExactlyInAnyOrder("LOGISTICS", "NEEDLE_COKE");
		String clerk = ensureUser("funnel-clerk", Role.ENTERPRISE, null, enterprise("山西中烨新能源科技有限公司").id().value());
		assertThat(api().get("/api/v1/leads/funnel?parkId=" + park, clerk, USER_PASSWORD).status()).isEqualTo(404);
	}

	private UUID registered(UUID park, Link link, String codeName) {
		UUID id = attraction.open(Actor.system(), new LeadDraft(park, codeName, null, null, link, null, null, null, null,
				null, LeadSource.GAP_TARGET, null, null, null, null, null, null));
		LeadView view = attraction.get(Actor.system(), id);
		for (LeadStage stage : new LeadStage[] { LeadStage.CONTACTED, LeadStage.SITE_VISIT, LeadStage.NEGOTIATING }) {
			view = attraction.moveStage(Actor.system(), id, to(stage), view.version());
		}
		view = attraction.moveStage(Actor.system(), id, new LeadStageChange(LeadStage.SIGNED, null, LocalDate.of(2026, 9, 1),
				new BigDecimal("100000000"), new BigDecimal("50"), null, null), view.version());
		attraction.moveStage(Actor.system(), id, new LeadStageChange(LeadStage.REGISTERED, null, null, null, null,
				codeName + "有限公司", null), view.version());
		return id;
	}

	@Test
	void stagesFollowTheMainLineOrEndLost() {
		assertThat(LeadStage.LEAD.canTransitionTo(LeadStage.CONTACTED)).isTrue();
		assertThat(LeadStage.LEAD.canTransitionTo(LeadStage.SITE_VISIT)).isFalse();
		assertThat(LeadStage.SIGNED.canTransitionTo(LeadStage.LOST)).isTrue();
		assertThat(LeadStage.CONTACTED.canTransitionTo(LeadStage.LEAD)).isFalse();
		assertThat(LeadStage.REGISTERED.canTransitionTo(LeadStage.LOST)).isFalse();
		assertThat(LeadStage.LOST.canTransitionTo(LeadStage.LEAD)).isFalse();
	}

}
