package org.batterytown.attraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CandidateRankingTests {

	@Test
	void mostShortfallCoveredFirstThenInvestmentThenLessLandThenLessPower() {
		// shortfall 60,000 t: A covers 60,000 (capped), B 60,000, C 30,000, D unknown capacity
		var a = candidate("A", "80000", "500000000", "150", "20");
		var b = candidate("B", "60000", "900000000", "200", "30");
		var c = candidate("C", "30000", "2000000000", "50", "5");
		var d = candidate("D", null, "3000000000", "10", "1");
		var e = candidate("E", "60000", "900000000", "120", "30");
		List<CandidateView> ranked = CandidateRanking.rank(List.of(a, b, c, d, e), 60_000.0);
		assertThat(ranked).extracting(CandidateView::investor).containsExactly("E", "B", "A", "C", "D");
		assertThat(ranked).extracting(CandidateView::rank).containsExactly(1, 2, 3, 4, 5);
		assertThat(ranked.get(2).covered()).isEqualTo(60_000);
		assertThat(ranked.get(3).covered()).isEqualTo(30_000);
		assertThat(ranked.get(4).covered()).isNull();
	}

	@Test
	void withTheShortfallUnknownInvestmentLeads() {
		List<CandidateView> ranked = CandidateRanking.rank(
				List.of(candidate("A", "1000", "1", "1", "1"), candidate("B", "10", "5", "9", "9")), null);
		assertThat(ranked).extracting(CandidateView::investor).containsExactly("B", "A");
		assertThat(ranked).allSatisfy(r -> assertThat(r.covered()).isNull());
	}

	private static CandidateView candidate(String name, @Nullable String capacity, String investment, String land,
			String power) {
		return new CandidateView(UUID.randomUUID(), Link.NEEDLE_COKE, name, capacity == null ? null : new BigDecimal(capacity),
				new BigDecimal(investment), new BigDecimal(land), new BigDecimal(power), null, null, 0, null);
	}

}
