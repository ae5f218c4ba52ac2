package org.batterytown.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.project.CapacityLineDraft;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectDraft;
import org.batterytown.project.ProjectManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** A case-by-case deal gated at signing, and its ledger checked against the registry. */
class DealTests extends IntegrationTest {

	@Autowired
	Deals deals;

	@Autowired
	Policies policies;

	@Autowired
	ProjectManagement projects;

	private UUID enterprise;

	private UUID project;

	private DealDraft draft(String legalBasis, String reviewNo) {
		enterprise = enterprises.register(Actor.system(), new EnterpriseDraft(pingding().id().value(), null,
				"一事一议测试企业 " + UUID.randomUUID(), null, null, null, false, null)).value();
		project = projects.register(Actor.system(), new ProjectDraft(enterprise, "一事一议测试项目", null,
				new BigDecimal("400000000"), null, null, List.of(new CapacityLineDraft(Product.ANODE_FINISHED, null, null)),
				List.of())).value();
		return new DealDraft(enterprise, project, "石墨化项目一事一议", "按协议给予设备投资奖励", BenefitKind.FISCAL,
				new BigDecimal("10000000"), legalBasis, reviewNo, reviewNo == null ? null : LocalDate.of(2026, 1, 10),
				reviewNo == null ? null : ReviewConclusion.NO_RESTRICTION, null, null,
				List.of(new CommitmentDraft(Side.ENTERPRISE, CommitmentKind.INVESTMENT, "固定资产投资不低于 5 亿元",
						new BigDecimal("500000000"), LocalDate.of(2026, 6, 30), Clawback.PROPORTIONAL),
						new CommitmentDraft(Side.GOVERNMENT, CommitmentKind.OTHER, "2026 年 3 月底前完成双回路供电接入", null,
								LocalDate.of(2026, 3, 31), Clawback.NONE)));
	}

	@Test
	void aDealWithoutItsLegalBasisOrReviewCannotBeSignedAndSaysWhy() {
		UUID id = deals.draft(Actor.system(), draft(null, null));
		long version = deals.get(Actor.system(), id).version();
		assertThatThrownBy(() -> deals.sign(Actor.system(), id, version))
			.isInstanceOfSatisfying(RuleViolations.class, ex -> assertThat(ex.violations())
				.extracting(RuleViolation::messageKey).containsExactly("deal.legalBasisRequired", "deal.reviewRequired"));
		assertThat(deals.get(Actor.system(), id).status()).isEqualTo(DealStatus.DRAFT);
		var api = api().post("/api/v1/deals/" + id + "/signature", "admin", ADMIN_PASSWORD, Map.of(), version);
		assertThat(api.status()).isEqualTo(422);
		assertThat(api.text()).contains("法律、行政法规依据").contains("公平竞争审查记录");
	}

	@Test
	void aMissedObligationProducesItsComputedClawbackAndTheGovernmentsPromiseIsTracked() {
		UUID id = deals.draft(Actor.system(), draft("《某省条例》第 12 条（测试）", "公平竞争审查〔2026〕3号"));
		DealView signed = deals.sign(Actor.system(), id, deals.get(Actor.system(), id).version());
		assertThat(signed.status()).isEqualTo(DealStatus.SIGNED);
		// the registry shows 4 亿 invested of the promised 5 亿, due 30 June 2026: a fifth of 1,000 万 comes back
		DealView.Line investment = signed.commitments().get(0);
		assertThat(investment.actual()).isEqualTo(4e8);
		assertThat(investment.actualBasis()).isEqualTo("registry");
		assertThat(investment.state()).isEqualTo(CommitmentState.MISSED);
		assertThat(investment.clawback()).isCloseTo(2_000_000, within(1e-6));
		assertThat(signed.commitments().get(1).state()).isEqualTo(CommitmentState.MISSED);
		DealView recorded = deals.recordFulfilment(Actor.system(), id, 1, LocalDate.of(2026, 3, 20), null,
				signed.version());
		assertThat(recorded.commitments().get(1).state()).isEqualTo(CommitmentState.MET);
		assertThatThrownBy(() -> deals.sign(Actor.system(), id, recorded.version()))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("deal.alreadySigned"));
	}

	@Test
	void theEnterpriseReadsItsOwnDealOnlyAndLeadersCannotSign() {
		UUID id = deals.draft(Actor.system(), draft(null, null));
		Actor owner = new Actor("deal-owner", Role.ENTERPRISE, pingding().id().value(), enterprise);
		assertThat(deals.get(owner, id).title()).isEqualTo("石墨化项目一事一议");
		Actor other = new Actor("deal-other", Role.ENTERPRISE, pingding().id().value(),
				enterprise("山西中烨新能源科技有限公司").id().value());
		assertThatThrownBy(() -> deals.get(other, id)).isInstanceOf(org.batterytown.shared.NotFound.class);
		Actor leader = new Actor("deal-leader", Role.VIEWER, pingding().id().value(), null);
		long version = deals.get(leader, id).version();
		assertThatThrownBy(() -> deals.sign(leader, id, version)).isInstanceOf(org.batterytown.shared.NotAllowed.class);
	}

	@Autowired
	org.batterytown.stats.ReportImports imports;

	@Test
	void aPowerPricePolicysBenefitIsTheReportedElectricityTimesTheReduction() throws Exception {
		String name = "电价测试企业" + UUID.randomUUID().toString().substring(0, 6);
		UUID plant = enterprises.register(Actor.system(), new EnterpriseDraft(pingding().id().value(), null, name, null,
				null, null, false, null)).value();
		projects.register(Actor.system(), new ProjectDraft(plant, name + "石墨化", null, null,
				org.batterytown.project.ProjectStage.IN_PRODUCTION, null,
				List.of(new CapacityLineDraft(Product.GRAPHITIZATION_TOLL, new BigDecimal("12000"), null)), List.of()));
		String csv = "统一社会信用代码,企业名称,报告期,产品,产量,销量,工业总产值（元）,用电量（千瓦时）,综合能源消费量（吨标准煤）,从业人员（人）,税收（元）,说明\n,"
				+ name + ",2025-03,石墨化代工,1000,1000,8000000,11000000,,100,50000,长期加工协议约定的价格\n";
		assertThat(imports.importFile(Actor.system(), pingding().id().value(), "march.csv", csv.length(),
				new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).succeeded()).isTrue();
		UUID policy = policies.create(Actor.system(), new PolicyDraft(pingding().id().value(), "测试电价政策",
				PolicyKind.ELECTRICITY_PRICE, "测试", new BigDecimal("0.05"), "测试依据", 'I'));
		policies.enrol(Actor.system(), policy, plant, java.time.YearMonth.of(2025, 2));
		BenefitRow row = policies.benefits(Actor.system(), policy, 2025).get(0);
		// February: enrolled, no report, unknown; March: 11,000,000 kWh × 0.05 yuan = 550,000 yuan
		assertThat(row.months().get(0).month()).isEqualTo(java.time.YearMonth.of(2025, 2));
		assertThat(row.months().get(0).benefit()).isNull();
		assertThat(row.months().get(1).electricityKwh()).isEqualByComparingTo("11000000");
		assertThat(row.months().get(1).benefit()).isEqualByComparingTo("550000.00");
		assertThat(row.total()).isEqualByComparingTo("550000.00");
		assertThatThrownBy(() -> policies.enrol(Actor.system(), policy, plant, null))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("from"));
	}

	@Test
	void thePowerPricePolicyIsSeededWithItsEligibilityAndAnUnknownReduction() {
		PolicyView policy = policies.ofPark(Actor.system(), pingding().id().value()).stream()
			.filter(p -> p.kind() == PolicyKind.ELECTRICITY_PRICE).findFirst().orElseThrow();
		assertThat(policy.reductionPerKwh()).isNull();
		assertThat(policy.eligibility()).contains("50%");
		assertThat(policy.basis()).contains("战略性新兴产业优惠电价");
		policies.enrol(Actor.system(), policy.id(), enterprise("山西中烨新能源科技有限公司").id().value(),
				java.time.YearMonth.of(2025, 1));
		List<BenefitRow> rows = policies.benefits(Actor.system(), policy.id(), 2025);
		assertThat(rows).singleElement().satisfies(r -> {
			assertThat(r.total()).isNull();
			assertThat(r.months()).allSatisfy(m -> assertThat(m.benefit()).isNull());
		});
	}

}
