package org.batterytown.stats;

/** Where an industry figure comes from. */
public enum FigureBasis {

	/** As a cited source states it. */
	STATED,
	/** Computed from stated figures; the derivation says how. */
	DERIVED,
	/** Entered by the zone's staff, with a source. */
	ENTERED

}
