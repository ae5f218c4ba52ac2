package org.batterytown.attraction;

import java.util.Arrays;
import java.util.List;

/**
 * Where a lead stands: 线索 → 接洽 → 考察 → 在谈 → 签约 → 注册, one stage at a time because each is a fact
 * someone confirms; lost from any stage before registration. Registered and lost are final.
 */
public enum LeadStage {

	/** 线索: a name and a reason to call. */
	LEAD,
	/** 接洽: first contact made. */
	CONTACTED,
	/** 考察: the investor visited the site. */
	SITE_VISIT,
	/** 在谈: terms under negotiation. */
	NEGOTIATING,
	/** 签约: investment agreement signed. */
	SIGNED,
	/** 注册: the local company registered; the deal goes on as a project in the registry. */
	REGISTERED,
	/** Lost, with a reason. */
	LOST;

	public boolean canTransitionTo(LeadStage target) {
		return switch (this) {
			case REGISTERED, LOST -> false;
			default -> target == LOST || target.ordinal() == ordinal() + 1;
		};
	}

	/** The main line, in order. */
	public static List<LeadStage> mainLine() {
		return Arrays.stream(values()).filter(s -> s != LOST).toList();
	}

}
