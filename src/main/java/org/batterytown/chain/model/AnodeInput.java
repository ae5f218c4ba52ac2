package org.batterytown.chain.model;

/** What a tonne of finished anode takes from upstream (RESEARCH.md 2.3, 2.4). */
public enum AnodeInput {

	/** Needle coke and low-sulphur petroleum coke, t per t of anode. */
	COKE(Unit.TONNES),
	/** Graphitization electricity in an Acheson crucible furnace, kWh per t. */
	ELECTRICITY_ACHESON(Unit.KWH),
	/** Graphitization electricity in box or lengthwise (LWG) furnaces, kWh per t. */
	ELECTRICITY_BOX_OR_LWG(Unit.KWH),
	/** Graphite crucibles, t per t of anode. */
	CRUCIBLES(Unit.TONNES);

	/** The unit of the input. */
	public enum Unit {

		TONNES, KWH

	}

	private final Unit unit;

	AnodeInput(Unit unit) {
		this.unit = unit;
	}

	public Unit unit() {
		return unit;
	}

}
