package org.batterytown.chain.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighs each link of a park against its anode link (RESEARCH.md 1.6, 1.7): the anode capacity gives
 * the GWh of cells it supports for the chosen mix; every other link needs its coefficient per GWh
 * times that, and is matched when its own GWh-equivalent reaches the threshold ratio. Plain
 * arithmetic, so a reader can redo it from the coefficient table and the registry.
 */
public final class BalanceCalculator {

	private final Map<Link, Map<Chemistry, Intensity>> intensities = new EnumMap<>(Link.class);

	private final Basis basis;

	/**
	 * @param coefficients the intensities to use; those of another basis are ignored
	 * @throws IllegalArgumentException if the anode intensity is missing for a chemistry
	 */
	public BalanceCalculator(Collection<Intensity> coefficients, Basis basis) {
		this.basis = basis;
		for (Intensity i : coefficients) {
			if (i.basis() == basis) {
				intensities.computeIfAbsent(i.link(), k -> new EnumMap<>(Chemistry.class)).put(i.chemistry(), i);
			}
		}
		for (Chemistry c : Chemistry.values()) {
			if (intensity(Link.ANODE, c) == null) {
				throw new IllegalArgumentException("No " + basis + " anode intensity for " + c);
			}
		}
	}

	/**
	 * @param capacity registered capacity per link (links absent have none)
	 * @param threshold the ratio to the anode link from which a link counts as matched (e.g. 1.0)
	 */
	public ChainBalance balance(Map<Link, Capacity> capacity, Mix mix, double threshold) {
		if (!(threshold > 0)) {
			throw new IllegalArgumentException("The threshold must be above 0");
		}
		double anodeTonnes = capacity.getOrDefault(Link.ANODE, Capacity.NONE).known();
		Map<Estimate, Double> anodeGwh = new EnumMap<>(Estimate.class);
		for (Estimate e : Estimate.values()) {
			anodeGwh.put(e, anodeTonnes / perGwh(Link.ANODE, mix, e));
		}
		List<LinkBalance> links = new ArrayList<>();
		for (Link link : Link.values()) {
			if (link.perGwh() && (link == Link.ANODE || link == Link.CELLS || hasIntensity(link))) {
				links.add(weigh(link, capacity.getOrDefault(link, Capacity.NONE), mix, anodeGwh, threshold));
			}
		}
		return new ChainBalance(mix, basis, threshold, anodeGwh.get(Estimate.BASE), links);
	}

	/** What one GWh of cells of the mix needs of a link: shares times the chemistries' intensities. */
	public double perGwh(Link link, Mix mix, Estimate estimate) {
		if (link == Link.CELLS) {
			return 1;
		}
		double sum = 0;
		for (Chemistry c : Chemistry.values()) {
			double share = mix.share(c);
			if (share == 0 || (link.chemistry() != null && link.chemistry() != c)) {
				continue;
			}
			Intensity intensity = intensity(link, c);
			if (intensity == null) {
				throw new IllegalArgumentException("No " + basis + " intensity of " + link + " for " + c);
			}
			sum += share * intensity.at(estimate);
		}
		return sum;
	}

	private LinkBalance weigh(Link link, Capacity capacity, Mix mix, Map<Estimate, Double> anodeGwh,
			double threshold) {
		double perGwh = perGwh(link, mix, Estimate.BASE);
		if (perGwh == 0) {
			return new LinkBalance(link, capacity, LinkBalance.Status.NOT_NEEDED, 0, 0, null, zeros(), zeros(), false);
		}
		double gwh = capacity.known() / perGwh;
		// Without anode capacity there is nothing to weigh against: no ratio, nothing required.
		Double ratio = anodeGwh.get(Estimate.BASE) == 0 ? null : gwh / anodeGwh.get(Estimate.BASE);
		Map<Estimate, Double> required = new EnumMap<>(Estimate.class);
		Map<Estimate, Double> shortfall = new EnumMap<>(Estimate.class);
		for (Estimate e : Estimate.values()) {
			double need = anodeGwh.get(e) * perGwh(link, mix, e);
			required.put(e, need);
			shortfall.put(e, Math.max(0, threshold * need - capacity.known()));
		}
		LinkBalance.Status status = capacity.known() == 0 && link != Link.ANODE ? LinkBalance.Status.MISSING
				: ratio == null || ratio >= threshold ? LinkBalance.Status.MATCHED : LinkBalance.Status.SHORT;
		return new LinkBalance(link, capacity, status, perGwh, gwh, ratio, required, shortfall, rough(link, mix));
	}

	private boolean rough(Link link, Mix mix) {
		return intensities.getOrDefault(link, Map.of())
			.values()
			.stream()
			.anyMatch(i -> i.rough() && mix.share(i.chemistry()) > 0)
				|| intensities.get(Link.ANODE).values().stream().anyMatch(i -> i.rough() && mix.share(i.chemistry()) > 0);
	}

	private boolean hasIntensity(Link link) {
		return intensities.containsKey(link);
	}

	private @org.jspecify.annotations.Nullable Intensity intensity(Link link, Chemistry chemistry) {
		return intensities.getOrDefault(link, Map.of()).get(chemistry);
	}

	private static Map<Estimate, Double> zeros() {
		Map<Estimate, Double> zeros = new HashMap<>();
		for (Estimate e : Estimate.values()) {
			zeros.put(e, 0.0);
		}
		return Map.copyOf(zeros);
	}

}
