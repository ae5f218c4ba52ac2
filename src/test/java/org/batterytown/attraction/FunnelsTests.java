package org.batterytown.attraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FunnelsTests {

	private static final Instant DAY0 = Instant.parse("2025-01-01T00:00:00Z");

	private static Instant day(int n) {
		return DAY0.plusSeconds(86_400L * n);
	}

	@Test
	void ratesAreStepsOverTheStepBeforeAndTimesAreMediansOfThoseThatReachedBoth() {
		var signedOnly = new Funnels.Journey("A", Map.of(FunnelStep.SIGNED, day(0)));
		var started = new Funnels.Journey("A", Map.of(FunnelStep.SIGNED, day(0), FunnelStep.REGISTERED, day(10),
				FunnelStep.CONSTRUCTION_START, day(40)));
		var producing = new Funnels.Journey("A", Map.of(FunnelStep.SIGNED, day(0), FunnelStep.REGISTERED, day(20),
				FunnelStep.CONSTRUCTION_START, day(100), FunnelStep.PRODUCTION, day(400)));
		FunnelRow row = Funnels.row("A", List.of(signedOnly, started, producing));
		assertThat(row.reached().get(FunnelStep.SIGNED)).isEqualTo(3);
		assertThat(row.startRate()).isEqualTo(2 / 3.0);
		assertThat(row.productionRate()).isEqualTo(0.5);
		assertThat(row.nameplateRate()).isEqualTo(0.0);
		// registered → construction start: 30 and 80 days
		assertThat(row.medianDays().get(FunnelStep.CONSTRUCTION_START)).isEqualTo(55.0);
		assertThat(row.medianDays()).doesNotContainKey(FunnelStep.NAMEPLATE);
		assertThat(Funnels.row("B", List.of()).startRate()).isNull();
	}

}
