package org.batterytown.chain.model;

import static org.batterytown.chain.model.Basis.APPARENT;
import static org.batterytown.chain.model.Basis.TECHNICAL;
import static org.batterytown.chain.model.Chemistry.LFP;
import static org.batterytown.chain.model.Chemistry.NCM523;
import static org.batterytown.chain.model.Chemistry.NCM811;

import java.util.ArrayList;
import java.util.List;

/** The coefficients of RESEARCH.md 1.6 (technical) and 1.5 (MIIT 2024 apparent), as the tests use them. */
final class ResearchCoefficients {

	private ResearchCoefficients() {
	}

	static List<Intensity> all() {
		List<Intensity> all = new ArrayList<>();
		t(all, Link.ANODE, LFP, 950, 1100, 1300, 'A');
		t(all, Link.ANODE, NCM523, 850, 950, 1100, 'A');
		t(all, Link.ANODE, NCM811, 850, 950, 1050, 'A');
		t(all, Link.CATHODE_LFP, LFP, 2000, 2200, 2600, 'C');
		t(all, Link.CATHODE_NCM523, NCM523, 1500, 1650, 1800, 'C');
		t(all, Link.CATHODE_NCM811, NCM811, 1300, 1420, 1550, 'C');
		t(all, Link.ELECTROLYTE, LFP, 700, 1000, 1300, 'D');
		t(all, Link.ELECTROLYTE, NCM523, 300, 650, 900, 'D');
		t(all, Link.ELECTROLYTE, NCM811, 270, 550, 850, 'D');
		t(all, Link.SEPARATOR, LFP, 12, 14, 18, 'C');
		t(all, Link.SEPARATOR, NCM523, 6, 10, 14, 'C');
		t(all, Link.SEPARATOR, NCM811, 5.5, 9, 13, 'C');
		for (Chemistry c : Chemistry.values()) {
			all.add(new Intensity(Link.ANODE, c, APPARENT, 1710, 1710, 1710, "MIIT 2024", 'C'));
		}
		return all;
	}

	private static void t(List<Intensity> all, Link link, Chemistry c, double low, double base, double high, char grade) {
		all.add(new Intensity(link, c, TECHNICAL, low, base, high, "RESEARCH.md 1.6", grade));
	}

}
