package org.batterytown.incentive;

/** A power-price policy (its benefit is the reported electricity times the reduction) or another kind. */
public enum PolicyKind {

	ELECTRICITY_PRICE, OTHER

}
