package org.batterytown.chain.model;

/**
 * How much of a link's output one GWh of cells of a chemistry needs, as low / base / high, with the
 * source and its grade (A best … D rough, RESEARCH.md 0).
 */
public record Intensity(Link link, Chemistry chemistry, Basis basis, double low, double base, double high,
		String source, char grade) {

	public Intensity {
		if (!(low > 0 && low <= base && base <= high)) {
			throw new IllegalArgumentException(link + "/" + chemistry + ": need 0 < low <= base <= high");
		}
		if ("ABCD".indexOf(grade) < 0) {
			throw new IllegalArgumentException("grade must be A, B, C or D");
		}
	}

	/** Grade D values are shown as rough wherever they are used. */
	public boolean rough() {
		return grade == 'D';
	}

	public double at(Estimate estimate) {
		return switch (estimate) {
			case LOW -> low;
			case BASE -> base;
			case HIGH -> high;
		};
	}

}
