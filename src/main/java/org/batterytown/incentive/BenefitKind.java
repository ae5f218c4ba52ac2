package org.batterytown.incentive;

/**
 * What a deal grants. Tax, fiscal, factor and price preferences for a named operator need a legal basis
 * (公平竞争审查条例第10条、第11条); a service (full-agency handling, a faster hook-up) does not.
 */
public enum BenefitKind {

	TAX, FISCAL, FACTOR, PRICE, SERVICE;

	public boolean needsLegalBasis() {
		return this != SERVICE;
	}

}
