package org.batterytown.demo;

import java.math.BigDecimal;
import java.util.UUID;

import org.batterytown.attraction.AmbassadorDraft;
import org.batterytown.attraction.EventDraft;
import org.batterytown.attraction.Promotion;
import org.batterytown.attraction.TargetList;
import org.batterytown.chain.model.Link;
import org.batterytown.shared.Actor;

import org.springframework.stereotype.Component;

/**
 * The article's investment promotion: the Nanjing event as the aggregate it reports (10 projects,
 * 15.5 billion yuan; its individual projects and its date are not given and stay unknown), and the
 * three ambassadors appointed at the county investment conference, by organisation and title; and the
 * three industries the zone says it targets (needle petroleum coke, crucibles, modern logistics), which
 * head the target list whatever the balance finds.
 */
@Component
class PingdingPromotion {

	private static final String CONFERENCE = "全县招商引资大会";

	private static final String TARGETS = "瞄准针状石油焦、坩埚、现代物流等产业招引企业，降低锂离子电池负极材料来货和出货成本";

	private final Promotion promotion;

	private final TargetList targets;

	PingdingPromotion(Promotion promotion, TargetList targets) {
		this.promotion = promotion;
		this.targets = targets;
	}

	void load(UUID park, UUID article) {
		Actor system = Actor.system();
		promotion.recordEvent(system, new EventDraft(park, "江苏南京新能源电池材料专题招商推介",
				"Nanjing (Jiangsu) investment promotion for new-energy battery materials", null, "江苏南京", null,
				"新能源电池材料及再生铝回收加工", 10, new BigDecimal("15500000000"), article,
				"江苏南京新能源电池材料专题招商推介，新能源电池材料及再生铝回收加工等10个项目落户，签约额达155亿元。"));
		String quote = "全县招商引资大会上，新能源电池“链主”企业山西贝特瑞新能源科技有限公司董事长、山西中烨新能源科技有限公司总经理、"
				+ "华润新能源(平定)有限公司项目经理等被聘为“招商大使”。（文中姓名从略）";
		promotion.appoint(system, new AmbassadorDraft(park, "山西贝特瑞新能源科技有限公司", "董事长", CONFERENCE, null, null,
				article, quote));
		promotion.appoint(system, new AmbassadorDraft(park, "山西中烨新能源科技有限公司", "总经理", CONFERENCE, null, null,
				article, quote));
		promotion.appoint(system, new AmbassadorDraft(park, "华润新能源(平定)有限公司", "项目经理", CONFERENCE, null, null,
				article, quote));
		for (Link link : new Link[] { Link.NEEDLE_COKE, Link.CRUCIBLES_AND_CONSUMABLES, Link.LOGISTICS }) {
			targets.name(system, park, link, "降低锂离子电池负极材料来货和出货成本", article, TARGETS);
		}
	}

}
