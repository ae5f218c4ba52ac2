package org.batterytown.enterprise;

/** What an enterprise does in the lithium-battery chain; labels live in the message bundles. */
public enum ChainRole {

	RAW_MATERIALS, CONSUMABLES, GRAPHITIZATION, ANODE_MATERIALS, SPECIAL_GRAPHITE, CATHODE_MATERIALS, ELECTROLYTE,
	SEPARATOR, CURRENT_COLLECTOR_FOIL, CELLS, PACKS_AND_STORAGE, RECYCLING, LOGISTICS

}
