package org.batterytown.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.batterytown.enterprise.ChainRole;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.park.ParkDraft;
import org.batterytown.park.ParkId;
import org.batterytown.park.ParkManagement;
import org.batterytown.project.CapacityLineDraft;
import org.batterytown.project.MilestoneDraft;
import org.batterytown.project.MilestoneKind;
import org.batterytown.project.PhaseDraft;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectDraft;
import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectSources;
import org.batterytown.project.ProjectStage;
import org.batterytown.shared.Actor;
import org.batterytown.source.SourceDraft;
import org.batterytown.source.SourceId;
import org.batterytown.source.Sources;
import org.batterytown.stats.FigureBasis;
import org.batterytown.stats.IndustryFigureDraft;
import org.batterytown.stats.IndustryFigures;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the town as of the site visit of 2023-06-14 (../shared/seed/FACTS.md). Figures the article
 * does not give (Zhongxuan's capacity, most investments, the split of Zhongye's two phases, credit
 * codes) stay unknown. Runs only on an empty database, in one transaction: all or nothing.
 */
@Component
@Order(10)
class PingdingDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PingdingDemoData.class);

	/** The day of the site visit the article reports. */
	static final OffsetDateTime OBSERVED = OffsetDateTime.of(2023, 6, 14, 12, 0, 0, 0, ZoneOffset.ofHours(8));

	static final String OBSERVED_NOTE = "山西日报 2023-06-19 报道的 2023-06-14 现场情况 / as reported by Shanxi Daily on 2023-06-19 (site visit of 2023-06-14)";

	private final DemoSettings settings;

	private final ParkManagement parks;

	private final EnterpriseManagement enterprises;

	private final ProjectManagement projects;

	private final ProjectSources citations;

	private final Sources sources;

	private final IndustryFigures industry;

	private final PingdingPlan plan;

	private final PingdingPromotion promotion;

	private final PingdingIncentives incentives;

	private final Actor system = Actor.system();

	PingdingDemoData(DemoSettings settings, ParkManagement parks, EnterpriseManagement enterprises,
			ProjectManagement projects, ProjectSources citations, Sources sources, IndustryFigures industry,
			PingdingPlan plan, PingdingPromotion promotion, PingdingIncentives incentives) {
		this.incentives = incentives;
		this.plan = plan;
		this.promotion = promotion;
		this.settings = settings;
		this.parks = parks;
		this.enterprises = enterprises;
		this.projects = projects;
		this.citations = citations;
		this.sources = sources;
		this.industry = industry;
	}

	/**
	 * The anode industry's 2022 output value as the article states it (13.3 亿元, the county's third
	 * industry), and 2021 derived from the stated growth of 95.4 %, so that the growth shown is computed.
	 */
	private void industryFigures(ParkId park, SourceId article) {
		BigDecimal stated = new BigDecimal("1330000000");
		industry.record(system, new IndustryFigureDraft(park.value(), 2022, "锂电负极材料产业", "Battery anode materials",
				true, stated, 3, article.value()), FigureBasis.STATED, null);
		BigDecimal derived = stated.divide(new BigDecimal("1.954"), 2, java.math.RoundingMode.HALF_UP);
		industry.record(system, new IndustryFigureDraft(park.value(), 2021, "锂电负极材料产业", "Battery anode materials",
				true, derived, null, article.value()), FigureBasis.DERIVED,
				"2022 年产值 13.3 亿元 ÷ (1 + 95.4%) / 2022 value ÷ (1 + 95.4 %)");
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!settings.enabled() || !parks.none()) {
			return;
		}
		SourceId article = sources.register(new SourceDraft("【做强专业镇 打造新动能】阳泉平定新能源电池小镇蓄势发力",
				"山西日报 Shanxi Daily", LocalDate.of(2023, 6, 19), null));
		ParkId park = park(article);
		EnterpriseId btr = enterprise(article, park, "山西贝特瑞新能源科技有限公司",
				"Shanxi BTR New Energy Technology Co., Ltd.", "贝特瑞 BTR", Set.of(ChainRole.ANODE_MATERIALS), true,
				"新能源电池“链主”企业；负极材料。Chain-leader enterprise; anode materials.");
		EnterpriseId zhongye = enterprise(article, park, "山西中烨新能源科技有限公司",
				"Shanxi Zhongye New Energy Technology Co., Ltd.", null, Set.of(ChainRole.ANODE_MATERIALS), false,
				"负极材料。Anode materials.");
		EnterpriseId zhongxuan = enterprise(article, park, "中烜(山西)新能源科技有限公司",
				"Zhongxuan (Shanxi) New Energy Technology Co., Ltd.", null,
				Set.of(ChainRole.ANODE_MATERIALS, ChainRole.GRAPHITIZATION), false,
				"负极材料、石墨化提纯。Anode materials, graphitization and purification.");
		EnterpriseId sgl = enterprise(article, park, "西格里", "SGL", null,
				Set.of(ChainRole.SPECIAL_GRAPHITE, ChainRole.CONSUMABLES), false,
				"特种石墨和硬毡（文章未给出法定全称）。Special graphite and hard felt (the article gives no legal name).");
		enterprise(article, park, "华润新能源(平定)有限公司", "China Resources New Energy (Pingding) Co., Ltd.", null,
				Set.of(), false, "其项目经理被聘为招商大使。Its project manager was appointed investment ambassador.");

		project(article, btr, "贝特瑞年产5万吨锂离子电池负极材料一体化项目",
				"BTR 50,000 t/yr Li-ion anode material integrated project", null, ProjectStage.UNDER_CONSTRUCTION,
				List.of(line(Product.ANODE_FINISHED, 50_000)), List.of(), "现场正在搭建钢结构标准化厂房。Steel-structure standard workshops being erected.");
		project(article, zhongxuan, "中烜(山西)锂离子电池负极材料一体化项目",
				"Zhongxuan (Shanxi) Li-ion anode material integrated project", null, ProjectStage.UNDER_CONSTRUCTION,
				List.of(new CapacityLineDraft(Product.ANODE_FINISHED, null, null)), List.of(),
				"实验楼内部装修；石墨化提纯车间砌筑炉墙。Lab building fit-out; furnace walls of the graphitization-purification workshop being built.");
		project(article, btr, "贝特瑞年产1.2万吨人造石墨成品生产线项目",
				"BTR 12,000 t/yr artificial graphite finished-product line", new BigDecimal("200000000"),
				ProjectStage.IN_PRODUCTION, List.of(line(Product.ARTIFICIAL_GRAPHITE, 12_000)), List.of(), "已建成投产。Built and in production.");
		project(article, sgl, "西格里年产2500吨特种石墨和7000块硬毡项目",
				"SGL 2,500 t/yr special graphite and 7,000 pieces/yr hard felt", new BigDecimal("250000000"),
				ProjectStage.BUILT, List.of(line(Product.SPECIAL_GRAPHITE, 2_500), line(Product.HARD_FELT, 7_000)),
				List.of(), "已经建成。Built.");
		project(article, zhongye, "中烨年产4万吨锂离子电池负极材料项目",
				"Zhongye 40,000 t/yr Li-ion anode material project", null, ProjectStage.IN_PRODUCTION,
				List.of(line(Product.ANODE_FINISHED, 40_000)),
				List.of(new PhaseDraft("一期", "Phase 1", ProjectStage.IN_PRODUCTION),
						new PhaseDraft("二期", "Phase 2", ProjectStage.BUILT)),
				"一期已经投产，二期具备投产条件；两期产能划分未披露。Phase 1 in production, phase 2 ready to produce; the split between them is not disclosed.");
		ProjectId hundredK = project(article, btr, "贝特瑞10万吨负极材料成品线", "BTR 100,000 t anode finished-product line",
				null, ProjectStage.PLANNED, List.of(line(Product.ANODE_FINISHED, 100_000)), List.of(),
				"其投产是第一阶段（2023年底）的标志。Its commissioning marks the end of stage 1 (end-2023).");
		var view = projects.get(system, hundredK);
		projects.setMilestone(system, hundredK,
				new MilestoneDraft(MilestoneKind.PRODUCTION, LocalDate.of(2023, 12, 31), null), view.version());
		citations.cite(system, hundredK, article, "milestone.PRODUCTION");
		industryFigures(park, article);
		plan.load(park.value(), article.value(), hundredK.value());
		promotion.load(park.value(), article.value());
		incentives.load(park.value());
		log.info("Loaded the Pingding New Energy Battery Town demo data (Shanxi Daily, 2023-06-19)");
	}

	private ParkId park(SourceId article) {
		ParkId park = parks.register(system, new ParkDraft("PD-NEBT", "平定新能源电池专业镇",
				"Pingding New Energy Battery Professional Town", "山西省", "阳泉市", "平定县", "张庄镇", "阳泉市首批市级专业镇",
				"One of Yangquan's first batch of city-level professional towns", "平定经济技术开发区管委会",
				"Pingding Economic-Technological Development Zone Management Committee", "新能源电池（负极材料）",
				"New-energy batteries (anode materials)",
				"“新能源电池小镇”，主场地在张庄镇。发挥特色优势，锻造发展长板，加快平定县整体产业转型升级。",
				"The \"New Energy Battery Town\", main site in Zhangzhuang. Leverage characteristic advantages, forge long boards, speed up the county's industrial transformation."));
		parks.cite(system, park, article, "*");
		return park;
	}

	private EnterpriseId enterprise(SourceId article, ParkId park, String nameZh, String nameEn,
			@Nullable String group, Set<ChainRole> roles, boolean chainLeader, String description) {
		EnterpriseId id = enterprises.register(system, new EnterpriseDraft(park.value(), null, nameZh, nameEn, group,
				roles, chainLeader, description));
		enterprises.cite(system, id, article, "*");
		return id;
	}

	private ProjectId project(SourceId article, EnterpriseId enterprise, String nameZh, String nameEn,
			@Nullable BigDecimal investment, ProjectStage stage, List<CapacityLineDraft> lines, List<PhaseDraft> phases,
			String progress) {
		ProjectId id = projects.register(system, new ProjectDraft(enterprise.value(), nameZh, nameEn, investment, stage,
				null, lines, phases), OBSERVED.toInstant(), OBSERVED_NOTE);
		projects.addNote(system, id, progress, projects.get(system, id).version());
		for (String field : List.of("*", "capacityLines", "stage", "totalInvestment")) {
			if (!field.equals("totalInvestment") || investment != null) {
				citations.cite(system, id, article, field);
			}
		}
		return id;
	}

	private static CapacityLineDraft line(Product product, long tonnesOrPieces) {
		return new CapacityLineDraft(product, BigDecimal.valueOf(tonnesOrPieces), null);
	}

}
