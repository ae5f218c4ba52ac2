package org.batterytown.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.batterytown.attraction.AttractionManagement;
import org.batterytown.attraction.LeadDraft;
import org.batterytown.attraction.LeadSource;
import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.shared.Actor;
import org.jspecify.annotations.Nullable;

/**
 * An expansion an enterprise told of (增资扩产) as an attraction lead: source EXISTING_ENTERPRISE,
 * attributed to the enterprise, its local company the enterprise itself (so that a signed expansion is
 * handed over as a project of that enterprise), owned by its liaison. The code name does not name the
 * enterprise: leaders see code names only.
 */
final class Expansions {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private Expansions() {
	}

	static UUID open(AttractionManagement attraction, EnterpriseManagement enterprises, VisitPlans plans, Actor actor,
			UUID enterpriseId, LocalDate heardOn, @Nullable String plan, @Nullable BigDecimal investment,
			@Nullable BigDecimal capacity, @Nullable Link link) {
		EnterpriseView enterprise = enterprises.get(actor, new EnterpriseId(enterpriseId));
		String codeName = "扩产-" + heardOn.format(DAY) + "-" + UUID.randomUUID().toString().substring(0, 4);
		String action = "跟进扩产计划：" + (plan == null ? "" : plan);
		LeadDraft draft = new LeadDraft(enterprise.parkId().value(), codeName, enterprise.parentGroup(),
				enterprise.name().zh(), link, investment, capacity, null, null, null, LeadSource.EXISTING_ENTERPRISE, null,
				null, plans.liaison(enterpriseId), null, action.length() > 500 ? action.substring(0, 499) + "…" : action,
				null);
		return attraction.openExpansion(actor, draft, enterpriseId);
	}

}
