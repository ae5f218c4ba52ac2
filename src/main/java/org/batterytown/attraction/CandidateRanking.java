package org.batterytown.attraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Orders a link's candidates: the most of the shortfall covered first, then the larger investment,
 * then the less land, then the less power; unknowns after knowns at each step, so a candidate is not
 * ranked up for what nobody has found out. Plain Java.
 */
final class CandidateRanking {

	private CandidateRanking() {
	}

	static List<CandidateView> rank(List<CandidateView> candidates, @Nullable Double shortfall) {
		List<CandidateView> covered = new ArrayList<>();
		for (CandidateView c : candidates) {
			Double part = shortfall == null || c.capacity() == null ? null
					: Math.min(shortfall, c.capacity().doubleValue());
			covered.add(new CandidateView(c.id(), c.link(), c.investor(), c.capacity(), c.investment(), c.landMu(),
					c.powerMw(), c.note(), part, 0, c.leadId()));
		}
		covered.sort(Comparator.comparing(CandidateView::covered, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(CandidateView::investment, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
			.thenComparing(CandidateView::landMu, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
			.thenComparing(CandidateView::powerMw, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder())));
		List<CandidateView> ranked = new ArrayList<>();
		for (int i = 0; i < covered.size(); i++) {
			CandidateView c = covered.get(i);
			ranked.add(new CandidateView(c.id(), c.link(), c.investor(), c.capacity(), c.investment(), c.landMu(),
					c.powerMw(), c.note(), c.covered(), i + 1, c.leadId()));
		}
		return ranked;
	}

}
