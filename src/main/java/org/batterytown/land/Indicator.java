package org.batterytown.land;

/**
 * A control indicator of standard land, its unit and which way it binds (SERVICES.md §4.2): investment
 * intensity, output and tax per mu and plot ratio and building coefficient are floors; energy per unit of
 * output and the green ratio are ceilings.
 */
public enum Indicator {

	/** Fixed-asset investment ÷ land area, 万元 per mu. */
	INVESTMENT_INTENSITY(true),
	/** Yearly output value ÷ land area, 万元 per mu. */
	OUTPUT_PER_MU(true),
	/** Yearly taxes paid ÷ land area, 万元 per mu. */
	TAX_PER_MU(true),
	/** Energy use ÷ output value, tonnes of standard coal per 万元. */
	ENERGY_PER_OUTPUT(false),
	/** Floor area ÷ land area. */
	PLOT_RATIO(true),
	/** Built-on area ÷ land area, per cent. */
	BUILDING_COEFFICIENT(true),
	/** Green area ÷ land area, per cent. */
	GREEN_RATIO(false);

	private final boolean floor;

	Indicator(boolean floor) {
		this.floor = floor;
	}

	/** Whether the actual must reach the committed value (else stay under it). */
	public boolean floor() {
		return floor;
	}

}
