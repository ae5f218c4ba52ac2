package org.batterytown.chain.model;

/**
 * Which intensity a balance uses (RESEARCH.md 1.1): the material physically in a GWh of cells plus
 * scrap, or national material output divided by national cell output.
 */
public enum Basis {

	TECHNICAL, APPARENT

}
