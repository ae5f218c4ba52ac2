package org.batterytown.plan;

/** What a target measures; the threshold's unit follows the kind. */
public enum TargetKind {

	/** A link's nameplate capacity in production, in the link's unit per year, at least the threshold. */
	CAPACITY,
	/** The park's output value over the target's calendar year, yuan, at least the threshold. */
	OUTPUT_VALUE,
	/** At least the threshold's number of enterprises producing in the link. */
	LINK_PRESENT,
	/** The link's capacity over what the park's anode capacity needs of it, at least the threshold. */
	MATCHING_RATIO,
	/** A national rank entered with its source, at best the threshold (1 = first); not projected. */
	NATIONAL_RANK,
	/** At least the threshold's number of producing enterprises of a kind (a chain role, e.g. cell makers). */
	ENTERPRISE_KIND,
	/** A named project in production. */
	PROJECT_IN_PRODUCTION;

	public boolean projected() {
		return this != NATIONAL_RANK;
	}

	/** Whether the threshold counts whole things (enterprises, a place). */
	public boolean counted() {
		return this == LINK_PRESENT || this == ENTERPRISE_KIND || this == NATIONAL_RANK
				|| this == PROJECT_IN_PRODUCTION;
	}

}
