package org.batterytown.stats;

/** The flow figures of a monthly report that add up over months and enterprises. */
public enum Measure {

	OUTPUT_VALUE("output_value", "yuan"), ELECTRICITY("electricity_kwh", "kWh"), ENERGY("energy_tce", "tce"),
	TAXES("taxes", "yuan");

	private final String column;

	private final String unit;

	Measure(String column, String unit) {
		this.column = column;
		this.unit = unit;
	}

	String column() {
		return column;
	}

	public String unit() {
		return unit;
	}

}
