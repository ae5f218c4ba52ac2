package org.batterytown.attraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.chain.model.Link;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The demo park's target list with candidates taken up as leads, and the optimizer on its plan. */
class TargetsAndOptimizerTests extends IntegrationTest {

	@Autowired
	TargetList targets;

	@Autowired
	PortfolioPlanning planning;

	@Autowired
	AttractionManagement attraction;

	private UUID park() {
		return pingding().id().value();
	}

	@Test
	void theZonesNamedTargetsAndTheChainsGapsAreListedWithTheSourcesWords() {
		List<TargetRow> rows = targets.of(Actor.system(), park());
		TargetRow coke = row(rows, Link.NEEDLE_COKE);
		assertThat(coke.stated()).isNotNull();
		assertThat(coke.stated().quote()).contains("针状石油焦", "坩埚", "现代物流");
		assertThat(coke.stated().sourceTitle()).isNotBlank();
		// the anode output needs coke and the park makes none: missing, needed and short by the same amount
		assertThat(coke.status()).isEqualTo(TargetRow.Status.MISSING);
		assertThat(coke.required()).isPositive();
		assertThat(coke.shortfall()).isEqualTo(coke.required());
		assertThat(row(rows, Link.LOGISTICS).stated()).isNotNull();
		assertThat(row(rows, Link.CRUCIBLES_AND_CONSUMABLES).stated()).isNotNull();
		// a cathode for the default mix is missing from an anode-only park
		assertThat(rows).anySatisfy(r -> {
			assertThat(r.link().chemistry()).isNotNull();
			assertThat(r.status()).isEqualTo(TargetRow.Status.MISSING);
		});
	}

	@Test
	void candidatesAreRankedWithinTheirLinkAndOneIsTakenUpAsALead() {
		TargetRow before = row(targets.of(Actor.system(), park()), Link.NEEDLE_COKE);
		double shortfall = before.shortfall();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		// one covers the whole shortfall, one half of it with more investment, one of unknown capacity
		UUID whole = record("全补-" + tag, shortfall * 2, "100000000");
		UUID half = record("半补-" + tag, shortfall / 2, "900000000");
		UUID unknown = record("未知-" + tag, null, "5000000000");
		List<CandidateView> ranked = row(targets.of(Actor.system(), park()), Link.NEEDLE_COKE).candidates().stream()
			.filter(c -> c.investor().endsWith(tag))
			.toList();
		assertThat(ranked).extracting(CandidateView::id).containsExactly(whole, half, unknown);
		assertThat(ranked.get(0).covered()).isCloseTo(shortfall, within(1e-6));
		assertThat(ranked.get(1).covered()).isCloseTo(shortfall / 2, within(1e-6));
		assertThat(ranked.get(2).covered()).isNull();

		assertThatThrownBy(() -> targets.takeUp(Actor.system(), half, " "))
			.isInstanceOfSatisfying(RuleViolations.class,
					ex -> assertThat(ex.violations().get(0).field()).isEqualTo("codeName"));
		UUID lead = targets.takeUp(Actor.system(), half, "针状焦-" + tag);
		LeadView view = attraction.get(Actor.system(), lead);
		assertThat(view.source()).isEqualTo(LeadSource.GAP_TARGET);
		assertThat(view.investorGroup()).isEqualTo("半补-" + tag);
		assertThat(view.link()).isEqualTo(Link.NEEDLE_COKE);
		assertThat(view.expectedInvestment()).isEqualByComparingTo("900000000");
		assertThat(view.landMu()).isEqualByComparingTo("120");
		assertThatThrownBy(() -> targets.takeUp(Actor.system(), half, "again-" + tag))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("targets.alreadyLead"));
		assertThat(row(targets.of(Actor.system(), park()), Link.NEEDLE_COKE).candidates())
			.filteredOn(c -> c.id().equals(half)).singleElement().extracting(CandidateView::leadId).isEqualTo(lead);
	}

	@Test
	void leadersSeeHowManyCandidatesButNotWhoAndEnterpriseUsersSeeNoTargetList() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		record("保密候选-" + tag, 1000.0, "1");
		String leader = ensureUser("targets-leader", Role.VIEWER, park(), null);
		assertThat(row(targets.of(new Actor(leader, Role.VIEWER, park(), null), park()), Link.NEEDLE_COKE).candidates())
			.isNotEmpty().allSatisfy(c -> assertThat(c.investor()).isNull());
		var api = api().get("/api/v1/targets?parkId=" + park(), leader, USER_PASSWORD);
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.text()).contains("NEEDLE_COKE").doesNotContain("保密候选-" + tag);
		mvc.perform(get("/leads/targets").with(loggedIn(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("针状石油焦")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("保密候选-" + tag))));
		String clerk = ensureUser("targets-clerk", Role.ENTERPRISE, null, enterprise("山西中烨新能源科技有限公司").id().value());
		assertThat(api().get("/api/v1/targets?parkId=" + park(), clerk, USER_PASSWORD).status()).isEqualTo(404);
		assertThatThrownBy(() -> targets.of(new Actor(clerk, Role.ENTERPRISE, park(),
				enterprise("山西中烨新能源科技有限公司").id().value()), park()))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void aCandidateWithoutInvestorOrLinkIsRefusedAtItsFieldsAndNothingIsStored() throws Exception {
		String staff = ensureUser("targets-staff", Role.STAFF, park(), null);
		int before = row(targets.of(Actor.system(), park()), Link.LOGISTICS).candidates().size();
		mvc.perform(post("/leads/targets/candidates").with(loggedIn(staff)).with(csrf())
			.param("parkId", park().toString())
			.param("capacity", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("请选择产业链环节。")))
			.andExpect(content().string(Matchers.containsString("请填写候选投资方名称。")))
			.andExpect(content().string(Matchers.containsString("不能为负数。")));
		var api = api().post("/api/v1/targets/candidates", staff, USER_PASSWORD,
				Map.of("parkId", park().toString(), "link", "LOGISTICS"));
		assertThat(api.status()).isEqualTo(422);
		assertThat(api.json().get("errors").get(0).get("field").asString()).isEqualTo("investor");
		assertThat(row(targets.of(Actor.system(), park()), Link.LOGISTICS).candidates()).hasSize(before);
	}

	@Test
	void theOptimizerWeighsOpenLeadsAgainstThePlansCurrentStage() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		// stage 3 wants a cell maker by 2027; this lead is the only cell maker in the pipeline
		UUID cells = open("电芯-" + tag, Link.CELLS, "20", "0.5", "300", "60");
		UUID noPower = open("无负荷-" + tag, Link.CELLS, "20", "0.9", "100", null);

		OptimizerView none = planning.choose(Actor.system(), park(), new OptimizerRequest(null, null, 0.0, 1e5, null, false));
		assertThat(none.stageNo()).isEqualTo(3);
		assertThat(none.leads()).noneMatch(OptimizerView.Pick::chosen);
		assertThat(none.value()).isZero();
		assertThat(none.landBinding()).isTrue();
		assertThat(none.powerBinding()).isFalse();
		OptimizerView.GoalRow cellMaker = none.goals().stream()
			.filter(g -> g.target().kind() == org.batterytown.plan.TargetKind.ENTERPRISE_KIND).findFirst().orElseThrow();
		assertThat(cellMaker.gap()).isEqualTo(1.0);
		assertThat(none.left()).filteredOn(l -> l.leadId().equals(noPower)).singleElement()
			.extracting(OptimizerView.Left::reason).isEqualTo("optimizer.left.powerLoadMw");

		OptimizerView ample = planning.choose(Actor.system(), park(), new OptimizerRequest(null, null, 1e5, 1e5, null, false));
		assertThat(ample.leads()).filteredOn(p -> p.leadId().equals(cells)).singleElement()
			.satisfies(p -> assertThat(p.chosen()).isTrue());
		OptimizerView.GoalRow filled = ample.goals().stream().filter(g -> g.target().key().equals(cellMaker.target().key()))
			.findFirst().orElseThrow();
		assertThat(filled.filled()).isCloseTo(0.5, within(1e-9));
		assertThat(ample.landBinding()).isFalse();
		assertThat(ample.valueOfOneMoreMu()).isZero();
		assertThat(ample.value()).isGreaterThanOrEqualTo(0.5);
		// the optimizer names leads by code name only, even for the zone's staff
		assertThat(ample.toString()).doesNotContain("某电芯集团");
	}

	@Test
	void missingLimitsAreRefusedAtTheirFields() throws Exception {
		assertThatThrownBy(() -> planning.choose(Actor.system(), park(), new OptimizerRequest(null, null, null, -1.0, 2.0, false)))
			.isInstanceOfSatisfying(RuleViolations.class, ex -> assertThat(ex.violations())
				.extracting(RuleViolation::field).containsExactly("landMu", "powerMw", "probability"));
		var api = api().get("/api/v1/optimizer?parkId=" + park() + "&powerMw=5", "admin", ADMIN_PASSWORD);
		assertThat(api.status()).isEqualTo(422);
		assertThat(api.json().get("errors").get(0).get("field").asString()).isEqualTo("landMu");
		String staff = ensureUser("optimizer-staff", Role.STAFF, park(), null);
		mvc.perform(get("/leads/optimizer").with(loggedIn(staff)).param("run", "true").param("powerMw", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("is-invalid")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-testid=\"optimizer-summary\""))));
		mvc.perform(get("/leads/optimizer").with(loggedIn(staff)).param("run", "true").param("powerMw", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("请填写可用标准地面积。")));
		mvc.perform(get("/leads/optimizer").with(loggedIn(staff)).param("run", "true").param("landMu", "500")
			.param("powerMw", "80"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"optimizer-summary\"")));
	}

	private UUID record(String investor, Double capacity, String investment) {
		return targets.record(Actor.system(), new CandidateDraft(park(), Link.NEEDLE_COKE, investor,
				capacity == null ? null : BigDecimal.valueOf(capacity), new BigDecimal(investment), new BigDecimal("120"),
				new BigDecimal("15"), null));
	}

	private UUID open(String codeName, Link link, String capacity, String likelihood, String land, String power) {
		return attraction.open(Actor.system(), new LeadDraft(park(), codeName, "某电芯集团", null, link, null,
				new BigDecimal(capacity), new BigDecimal(land), power == null ? null : new BigDecimal(power), null,
				LeadSource.WALK_IN, null, null, null, new BigDecimal(likelihood), null, null));
	}

	private static TargetRow row(List<TargetRow> rows, Link link) {
		return rows.stream().filter(r -> r.link() == link).findFirst().orElseThrow();
	}

}
