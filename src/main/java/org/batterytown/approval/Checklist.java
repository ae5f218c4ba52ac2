package org.batterytown.approval;

import java.math.BigDecimal;
import java.util.List;

/**
 * The items a project needs, from the catalogue and its profile, in the catalogue's order. Under the
 * commitment mode the items that may go by commitment do. Plain Java.
 */
final class Checklist {

	private Checklist() {
	}

	/** @param energyThreshold the yearly tonnes of standard coal from which a project needs an energy review */
	static List<ItemType> of(CaseProfile profile, List<ItemType> catalogue, BigDecimal energyThreshold) {
		return catalogue.stream().filter(t -> applies(t.appliesWhen(), profile, energyThreshold)).toList();
	}

	static boolean byCommitment(ItemType type, ApprovalMode mode) {
		return mode == ApprovalMode.COMMITMENT && type.commitment();
	}

	private static boolean applies(ItemType.AppliesWhen when, CaseProfile p, BigDecimal energyThreshold) {
		return switch (when) {
			case ALWAYS -> true;
			case NEW_LAND -> p.newLand();
			case SPECIAL_FIRE -> p.specialFire();
			case HAZARDOUS -> p.hazardous();
			case ENERGY_REVIEW -> p.energyTce() == null || p.energyTce().compareTo(energyThreshold) >= 0;
			case EIA_REPORT -> p.eiaLevel() == EiaLevel.REPORT;
			case EIA_FORM -> p.eiaLevel() == EiaLevel.FORM;
			case EIA_REGISTRATION -> p.eiaLevel() == EiaLevel.REGISTRATION;
		};
	}

}
