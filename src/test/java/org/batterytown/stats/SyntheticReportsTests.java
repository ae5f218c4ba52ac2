package org.batterytown.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.park.ParkDraft;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.Role;
import org.batterytown.stats.figures.PeriodKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The benchmark data generator: flagged rows, the same rows for the same seed, admins only. */
class SyntheticReportsTests extends IntegrationTest {

	@Autowired
	SyntheticReports synthetic;

	@Autowired
	StatsFigures figures;

	@Autowired
	JdbcClient jdbc;

	private UUID park(List<UUID> enterprises) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID park = parks.register(Actor.system(), new ParkDraft("S-" + suffix.toUpperCase(), "合成测试园区", null, null, null,
				null, null, null, null, null, null, null, null, null, null)).value();
		for (int i = 0; i < 20; i++) {
			enterprises.add(registry().register(Actor.system(),
					new EnterpriseDraft(park, null, "合成" + suffix + i, null, null, null, false, null)).value());
		}
		return park;
	}

	private org.batterytown.enterprise.EnterpriseManagement registry() {
		return enterprises;
	}

	@Test
	void everyGeneratedReportIsFlaggedAndTheSameSeedGivesTheSameFigures() {
		List<UUID> first = new ArrayList<>();
		UUID a = park(first);
		long written = synthetic.generate(Actor.system(), a, first, YearMonth.of(2020, 1), 36, 42);
		List<UUID> second = new ArrayList<>();
		UUID b = park(second);
		assertThat(synthetic.generate(Actor.system(), b, second, YearMonth.of(2020, 1), 36, 42)).isEqualTo(written);

		assertThat(written).isGreaterThan(20 * 12);
		assertThat(jdbc.sql("select count(*) from stats_report where park_id = ? and synthetic and origin = 'SYNTHETIC'")
			.param(a).query(Long.class).single()).isEqualTo(written);
		var one = figures.of(Actor.system(), a, null, PeriodKind.YEAR, YearMonth.of(2022, 1), null)
			.measure(Measure.OUTPUT_VALUE).yearOnYear();
		var other = figures.of(Actor.system(), b, null, PeriodKind.YEAR, YearMonth.of(2022, 1), null)
			.measure(Measure.OUTPUT_VALUE).yearOnYear();
		assertThat(one.current()).isEqualByComparingTo(other.current());
		assertThat(one.sameGrowth()).isEqualTo(other.sameGrowth());
	}

	@Test
	void onlyAnAdminGenerates() {
		List<UUID> enterprises = new ArrayList<>();
		UUID park = park(enterprises);
		Actor staff = new Actor("staff", Role.STAFF, park, null);
		assertThatThrownBy(() -> synthetic.generate(staff, park, enterprises, YearMonth.of(2020, 1), 12, 1))
			.isInstanceOf(NotAllowed.class);
	}

}
