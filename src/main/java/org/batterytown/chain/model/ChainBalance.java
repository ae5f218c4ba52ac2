package org.batterytown.chain.model;

import java.util.List;
import java.util.Optional;

/**
 * A park's chain weighed against its anode link.
 *
 * @param anodeGwh the GWh of cells the anode link supports, at the base coefficients
 * @param links every per-GWh link, anode first
 */
public record ChainBalance(Mix mix, Basis basis, double threshold, double anodeGwh, List<LinkBalance> links) {

	public ChainBalance {
		links = List.copyOf(links);
	}

	/** The anode link, against which every other link is weighed. */
	public LinkBalance anode() {
		return links.stream().filter(l -> l.link() == Link.ANODE).findFirst().orElseThrow();
	}

	/** The needed link with the lowest ratio to the anode link, if any falls short. */
	public Optional<LinkBalance> bottleneck() {
		return links.stream()
			.filter(l -> l.ratio() != null && l.ratio() < threshold)
			.min(java.util.Comparator.comparingDouble(LinkBalance::ratio));
	}

	/** Missing and short links, the largest base shortfall in GWh first: the target list. */
	public List<LinkBalance> gaps() {
		return links.stream()
			.filter(l -> l.status() == LinkBalance.Status.MISSING || l.status() == LinkBalance.Status.SHORT)
			.sorted(java.util.Comparator.comparingDouble((LinkBalance l) -> l.ratio() == null ? 0 : l.ratio()))
			.toList();
	}

}
