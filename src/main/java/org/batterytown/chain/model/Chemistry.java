package org.batterytown.chain.model;

/** Cell chemistries the coefficients distinguish. */
public enum Chemistry {

	LFP, NCM523, NCM811

}
