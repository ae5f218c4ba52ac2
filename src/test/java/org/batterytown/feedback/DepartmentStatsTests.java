package org.batterytown.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class DepartmentStatsTests {

	private static DepartmentStats.Fact answered(String department, int days, boolean late, Integer rating) {
		return new DepartmentStats.Fact(department, true, late, days, false, rating);
	}

	@Test
	void eachDepartmentsCountsRatesMedianAndRatingsAreRightOnATestSet() {
		List<DepartmentRow> rows = DepartmentStats.of(List.of(
				answered("供电企业", 2, false, 5), answered("供电企业", 4, true, 2), answered("供电企业", 1, false, null),
				new DepartmentStats.Fact("供电企业", false, false, null, true, null),
				answered("生态环境", 10, false, 4), answered("生态环境", 20, true, 3),
				new DepartmentStats.Fact(null, false, false, null, false, null)));
		assertThat(rows).extracting(DepartmentRow::department).containsExactly("—", "供电企业", "生态环境");
		DepartmentRow power = rows.get(1);
		assertThat(power.tickets()).isEqualTo(4);
		assertThat(power.answered()).isEqualTo(3);
		assertThat(power.answeredOnTime()).isEqualTo(2);
		assertThat(power.onTimeRate()).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(power.medianResponseDays()).isEqualTo(2.0);
		assertThat(power.overdueOpen()).isEqualTo(1);
		assertThat(power.rated()).isEqualTo(2);
		assertThat(power.averageRating()).isEqualTo(3.5);
		assertThat(power.poorRatings()).isEqualTo(1);
		DepartmentRow env = rows.get(2);
		assertThat(env.medianResponseDays()).isEqualTo(15.0);
		assertThat(env.onTimeRate()).isEqualTo(0.5);
		assertThat(rows.get(0).onTimeRate()).isNull();
		assertThat(rows.get(0).medianResponseDays()).isNull();
	}

}
