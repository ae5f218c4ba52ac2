package org.batterytown.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.ChainRole;
import org.batterytown.plan.ForecastDraft;
import org.batterytown.plan.PlanDraft;
import org.batterytown.plan.PlanId;
import org.batterytown.plan.PlanManagement;
import org.batterytown.plan.StageDraft;
import org.batterytown.plan.TargetDraft;
import org.batterytown.plan.TargetKind;
import org.batterytown.shared.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The town's three-stage plan exactly as the article states it (FACTS.md), each target quoting it;
 * where the article's wording is not a number (百亿量级, "a scale that matches the anode materials") the
 * number read from it is written as an interpretation beside it. And the town's own forecast of
 * 220,000 t for end-2023, as the deputy town head stated it.
 */
@Component
class PingdingPlan {

	private static final String STAGE_1 = "到2023年底，以贝特瑞10万吨负极材料成品线投产为标志，锂电负极材料成品年生产规模达到30万吨，年产值达到百亿量级，进入负极材料供货量全国前三名。";

	private static final String STAGE_2 = "到2025年末，正极材料、电解液、隔膜相继布局，且逐步达到与负极材料匹配量级，年产值突破300亿元。";

	private static final String STAGE_3 = "到2027年，引入宁德时代等电池整装制造商，建成在国际上具有竞争优势的千亿量级新能源电池产业集群。";

	private static final String BY_2027 = "到2027年 read as by 31 Dec 2027";

	private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);

	private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

	private static final LocalDate END_2027 = LocalDate.of(2027, 12, 31);

	private final PlanManagement plans;

	PingdingPlan(PlanManagement plans) {
		this.plans = plans;
	}

	PlanId load(UUID park, UUID article, UUID hundredK) {
		Actor system = Actor.system();
		PlanId plan = plans.create(system, new PlanDraft(park, "平定新能源电池小镇三步走规划",
				"Pingding New Energy Battery Town three-stage plan", "山西日报 2023-06-19 所载规划 / the plan as the Shanxi Daily of 2023-06-19 states it",
				List.of(new StageDraft(1, "负极材料立基", "Anode materials as the base", END_2023),
						new StageDraft(2, "配套产业跟进", "Supporting industries follow", END_2025),
						new StageDraft(3, "电池产业成型", "Battery industry takes shape", END_2027)),
				List.of(stageOne(article, hundredK), capacity(article), value(1, END_2023, "10000000000",
						"年产值达到百亿量级", "Annual output value of the order of 10 billion yuan", "百亿量级 read as ≥ 10 billion yuan",
						STAGE_1, article),
						rank(article),
						present(2, Link.CATHODE_LFP, "正极材料相继布局", "Cathode materials laid out", article),
						present(2, Link.ELECTROLYTE, "电解液相继布局", "Electrolyte laid out", article),
						present(2, Link.SEPARATOR, "隔膜相继布局", "Separators laid out", article),
						matching(Link.CATHODE_LFP, "正极材料逐步达到与负极材料匹配量级", "Cathode at a scale matching the anode", article),
						matching(Link.ELECTROLYTE, "电解液逐步达到与负极材料匹配量级", "Electrolyte at a scale matching the anode", article),
						matching(Link.SEPARATOR, "隔膜逐步达到与负极材料匹配量级", "Separators at a scale matching the anode", article),
						value(2, END_2025, "30000000000", "年产值突破300亿元", "Annual output value above 30 billion yuan",
								null, STAGE_2, article),
						cells(article),
						value(3, END_2027, "100000000000", "打造千亿级新能源电池产业集群",
								"A new-energy battery cluster of the order of 100 billion yuan", "千亿量级 read as ≥ 100 billion yuan; " + BY_2027, STAGE_3, article))));
		plans.recordForecast(system, plan, new ForecastDraft(TargetKind.CAPACITY, Link.ANODE, new BigDecimal("220000"),
				END_2023, "张庄镇副镇长 Deputy head of Zhangzhuang Town", LocalDate.of(2023, 6, 14), article,
				"预计到今年年底，园区锂离子电池负极材料生产规模将达到22万吨。这个量级在全国单个园区来说，属于第一方阵。"));
		return plan;
	}

	private static TargetDraft stageOne(UUID article, UUID hundredK) {
		return new TargetDraft(1, TargetKind.PROJECT_IN_PRODUCTION, Link.ANODE, false, null, hundredK, BigDecimal.ONE,
				END_2023, "贝特瑞10万吨负极材料成品线投产", "BTR's 100,000 t finished-anode line in production", null, article,
				STAGE_1, null, null, null);
	}

	private static TargetDraft capacity(UUID article) {
		return new TargetDraft(1, TargetKind.CAPACITY, Link.ANODE, false, null, null, new BigDecimal("300000"), END_2023,
				"锂电负极材料成品年生产规模达到30万吨", "Finished anode capacity of 300,000 t/yr", null, article,
				STAGE_1, null, null, null);
	}

	private static TargetDraft rank(UUID article) {
		return new TargetDraft(1, TargetKind.NATIONAL_RANK, Link.ANODE, false, null, null, new BigDecimal("3"), END_2023,
				"进入负极材料供货量全国前三名", "Top 3 nationally by anode supply volume", null, article, STAGE_1,
				null, null, null);
	}

	private static TargetDraft value(int stage, LocalDate date, String yuan, String zh, String en,
			@Nullable String interpretation, String quote, UUID article) {
		return new TargetDraft(stage, TargetKind.OUTPUT_VALUE, null, false, null, null, new BigDecimal(yuan), date, zh, en,
				interpretation, article, quote, null, null, null);
	}

	private static TargetDraft present(int stage, Link link, String zh, String en, UUID article) {
		return new TargetDraft(stage, TargetKind.LINK_PRESENT, link, false, null, null, BigDecimal.ONE, END_2025, zh, en,
				"相继布局 read as at least one enterprise producing", article, STAGE_2, null, null,
				null);
	}

	private static TargetDraft matching(Link link, String zh, String en, UUID article) {
		return new TargetDraft(2, TargetKind.MATCHING_RATIO, link, false, null, null, BigDecimal.ONE, END_2025, zh, en,
				"与负极材料匹配量级 read as capacity ≥ what the park's anode capacity needs (ratio 1); LFP taken as the cathode chemistry",
				article, STAGE_2, null, null, null);
	}

	private static TargetDraft cells(UUID article) {
		return new TargetDraft(3, TargetKind.ENTERPRISE_KIND, null, false, ChainRole.CELLS, null, BigDecimal.ONE,
				END_2027, "引入宁德时代等电池整装制造商", "Battery makers such as CATL brought in",
				"电池整装制造商 read as an enterprise with the cell-maker role producing; " + BY_2027, article, STAGE_3, null,
				null, null);
	}

}
