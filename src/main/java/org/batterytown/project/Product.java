package org.batterytown.project;

import static org.batterytown.project.CapacityUnit.GWH_PER_YEAR;
import static org.batterytown.project.CapacityUnit.MILLION_M2_PER_YEAR;
import static org.batterytown.project.CapacityUnit.PIECES_PER_YEAR;
import static org.batterytown.project.CapacityUnit.TONNES_PER_YEAR;
import static org.batterytown.project.ProductForm.FINISHED;
import static org.batterytown.project.ProductForm.TOLL_PROCESSING;

/**
 * The catalogue of products a capacity line can make, each with the unit its capacity is stated in
 * and the form it usually takes. Labels live in the message bundles.
 */
public enum Product {

	ANODE_FINISHED(TONNES_PER_YEAR, FINISHED),
	ARTIFICIAL_GRAPHITE(TONNES_PER_YEAR, FINISHED),
	GRAPHITIZATION_TOLL(TONNES_PER_YEAR, TOLL_PROCESSING),
	CARBONIZATION_COATING_TOLL(TONNES_PER_YEAR, TOLL_PROCESSING),
	SPECIAL_GRAPHITE(TONNES_PER_YEAR, FINISHED),
	HARD_FELT(PIECES_PER_YEAR, FINISHED),
	CATHODE_LFP(TONNES_PER_YEAR, FINISHED),
	CATHODE_NCM523(TONNES_PER_YEAR, FINISHED),
	CATHODE_NCM811(TONNES_PER_YEAR, FINISHED),
	ELECTROLYTE(TONNES_PER_YEAR, FINISHED),
	SEPARATOR(MILLION_M2_PER_YEAR, FINISHED),
	COPPER_FOIL(TONNES_PER_YEAR, FINISHED),
	ALUMINIUM_FOIL(TONNES_PER_YEAR, FINISHED),
	CELLS(GWH_PER_YEAR, FINISHED),
	RECYCLED_ALUMINIUM(TONNES_PER_YEAR, FINISHED),
	BATTERY_RECYCLING(TONNES_PER_YEAR, TOLL_PROCESSING),
	LOGISTICS(TONNES_PER_YEAR, TOLL_PROCESSING);

	private final CapacityUnit unit;

	private final ProductForm usualForm;

	Product(CapacityUnit unit, ProductForm usualForm) {
		this.unit = unit;
		this.usualForm = usualForm;
	}

	public CapacityUnit unit() {
		return unit;
	}

	public ProductForm usualForm() {
		return usualForm;
	}

}
