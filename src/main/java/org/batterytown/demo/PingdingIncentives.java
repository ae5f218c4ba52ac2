package org.batterytown.demo;

import java.util.UUID;

import org.batterytown.incentive.Policies;
import org.batterytown.incentive.PolicyDraft;
import org.batterytown.incentive.PolicyKind;
import org.batterytown.shared.Actor;

import org.springframework.stereotype.Component;

/**
 * The policy the article says the zone keeps applying: the preferential power price for strategic
 * emerging industries. Its eligibility is the provincial filing plan's as SERVICES.md §6.3 quotes it; the
 * reduction per kWh is in neither source and stays unknown, so no benefit is computed until it is entered.
 */
@Component
class PingdingIncentives {

	private static final String QUOTE = "在政策方面，开发区将继续落实战略性新兴产业优惠电价，打造生产要素价格洼地，同时，继续落实“一事一议”政策，"
			+ "对具有牵引性、示范性项目给予更大优惠。";

	private final Policies policies;

	PingdingIncentives(Policies policies) {
		this.policies = policies;
	}

	void load(UUID park) {
		policies.create(Actor.system(), new PolicyDraft(park, "战略性新兴产业优惠电价", PolicyKind.ELECTRICITY_PRICE,
				"在山西注册并生产的工业或信息化独立法人，未列入失信和严重违法名单；产业和产品属于《战略性新兴产业分类（2018）》及山西重点战新产业；"
						+ "战新产品产值占企业总产值 50% 以上；工艺装备不属于《产业结构调整指导目录》限制或淘汰类；不属于六大高耗能行业"
						+ "（特殊情况经市政府同意后按程序申报）。",
				null,
				"《山西日报》2023-06-19：“" + QUOTE + "”；资格条件：山西省工信厅《参与战略性新兴产业电力市场交易用电企业申报备案工作方案（试行）》"
						+ "（2022-02-18 修订，据二手来源，见 SERVICES.md §6.3）。每千瓦时降价幅度两处来源均未给出，未披露。",
				'P'));
	}

}
