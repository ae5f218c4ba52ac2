package org.batterytown.chain;

import java.util.EnumMap;
import java.util.Map;

import org.batterytown.chain.model.Link;
import org.batterytown.project.Product;

/** Where each product of the registry's catalogue sits in the chain. */
public final class ProductLinks {

	private static final Map<Product, Link> LINKS = new EnumMap<>(Product.class);

	static {
		LINKS.put(Product.ANODE_FINISHED, Link.ANODE);
		LINKS.put(Product.ARTIFICIAL_GRAPHITE, Link.ANODE);
		LINKS.put(Product.GRAPHITIZATION_TOLL, Link.GRAPHITIZATION);
		LINKS.put(Product.CARBONIZATION_COATING_TOLL, Link.ANODE);
		LINKS.put(Product.SPECIAL_GRAPHITE, Link.CRUCIBLES_AND_CONSUMABLES);
		LINKS.put(Product.HARD_FELT, Link.CRUCIBLES_AND_CONSUMABLES);
		LINKS.put(Product.CATHODE_LFP, Link.CATHODE_LFP);
		LINKS.put(Product.CATHODE_NCM523, Link.CATHODE_NCM523);
		LINKS.put(Product.CATHODE_NCM811, Link.CATHODE_NCM811);
		LINKS.put(Product.ELECTROLYTE, Link.ELECTROLYTE);
		LINKS.put(Product.SEPARATOR, Link.SEPARATOR);
		LINKS.put(Product.COPPER_FOIL, Link.COPPER_FOIL);
		LINKS.put(Product.ALUMINIUM_FOIL, Link.ALUMINIUM_FOIL);
		LINKS.put(Product.CELLS, Link.CELLS);
		LINKS.put(Product.RECYCLED_ALUMINIUM, Link.RECYCLED_ALUMINIUM);
		LINKS.put(Product.BATTERY_RECYCLING, Link.BATTERY_RECYCLING);
		LINKS.put(Product.LOGISTICS, Link.LOGISTICS);
	}

	private ProductLinks() {
	}

	public static Link of(Product product) {
		return LINKS.get(product);
	}

}
