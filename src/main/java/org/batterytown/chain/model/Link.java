package org.batterytown.chain.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A link of the lithium-battery chain. A cathode link serves one chemistry; cells are counted in GWh,
 * separators in million m², everything else in tonnes. {@link #inputs()} are the edges of the chain map.
 */
public enum Link {

	NEEDLE_COKE(Tier.UPSTREAM, Unit.TONNES, null),
	LOW_SULPHUR_PETROLEUM_COKE(Tier.UPSTREAM, Unit.TONNES, null),
	PITCH(Tier.UPSTREAM, Unit.TONNES, null),
	CRUCIBLES_AND_CONSUMABLES(Tier.UPSTREAM, Unit.TONNES, null),
	LITHIUM_SALTS(Tier.UPSTREAM, Unit.TONNES, null),
	CATHODE_PRECURSORS(Tier.UPSTREAM, Unit.TONNES, null),
	GRAPHITIZATION(Tier.MIDSTREAM, Unit.TONNES, null),
	ANODE(Tier.MIDSTREAM, Unit.TONNES, null),
	CATHODE_LFP(Tier.MIDSTREAM, Unit.TONNES, Chemistry.LFP),
	CATHODE_NCM523(Tier.MIDSTREAM, Unit.TONNES, Chemistry.NCM523),
	CATHODE_NCM811(Tier.MIDSTREAM, Unit.TONNES, Chemistry.NCM811),
	ELECTROLYTE(Tier.MIDSTREAM, Unit.TONNES, null),
	SEPARATOR(Tier.MIDSTREAM, Unit.MILLION_M2, null),
	COPPER_FOIL(Tier.MIDSTREAM, Unit.TONNES, null),
	ALUMINIUM_FOIL(Tier.MIDSTREAM, Unit.TONNES, null),
	CELLS(Tier.DOWNSTREAM, Unit.GWH, null),
	PACKS_AND_STORAGE(Tier.DOWNSTREAM, Unit.GWH, null),
	BATTERY_RECYCLING(Tier.RECYCLING, Unit.TONNES, null),
	RECYCLED_ALUMINIUM(Tier.RECYCLING, Unit.TONNES, null),
	LOGISTICS(Tier.SERVICES, Unit.TONNES, null);

	/** The unit a link's capacity is counted in. */
	public enum Unit {

		TONNES, MILLION_M2, GWH

	}

	private final Tier tier;

	private final Unit unit;

	private final @Nullable Chemistry chemistry;

	Link(Tier tier, Unit unit, @Nullable Chemistry chemistry) {
		this.tier = tier;
		this.unit = unit;
		this.chemistry = chemistry;
	}

	public Tier tier() {
		return tier;
	}

	public Unit unit() {
		return unit;
	}

	/** The chemistry a cathode link serves; {@literal null} for links every chemistry needs. */
	public @Nullable Chemistry chemistry() {
		return chemistry;
	}

	/** The links whose output this link consumes. */
	public List<Link> inputs() {
		return switch (this) {
			case GRAPHITIZATION -> List.of(NEEDLE_COKE, LOW_SULPHUR_PETROLEUM_COKE, CRUCIBLES_AND_CONSUMABLES);
			case ANODE -> List.of(GRAPHITIZATION, PITCH, NEEDLE_COKE, LOW_SULPHUR_PETROLEUM_COKE);
			case CATHODE_LFP, CATHODE_NCM523, CATHODE_NCM811 -> List.of(CATHODE_PRECURSORS, LITHIUM_SALTS);
			case ELECTROLYTE -> List.of(LITHIUM_SALTS);
			case CELLS -> List.of(ANODE, CATHODE_LFP, CATHODE_NCM523, CATHODE_NCM811, ELECTROLYTE, SEPARATOR,
					COPPER_FOIL, ALUMINIUM_FOIL);
			case PACKS_AND_STORAGE -> List.of(CELLS);
			case BATTERY_RECYCLING -> List.of(PACKS_AND_STORAGE);
			case RECYCLED_ALUMINIUM -> List.of(BATTERY_RECYCLING);
			default -> List.of();
		};
	}

	/** Whether the balance weighs this link against the anode link per GWh of cells. */
	public boolean perGwh() {
		return this == ANODE || chemistry != null || this == ELECTROLYTE || this == SEPARATOR || this == COPPER_FOIL
				|| this == ALUMINIUM_FOIL || this == CELLS;
	}

}
