package org.batterytown.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Tickets by the department they were routed to: how many, how many answered and how many of those
 * within the limit, the median working days to the first answer, how many are open past their due day,
 * and the ratings. Plain Java.
 */
final class DepartmentStats {

	/** What the statistics need of a ticket; {@code department} null while it is not routed. */
	record Fact(@Nullable String department, boolean answered, boolean answeredLate, @Nullable Integer responseDays,
			boolean overdue, @Nullable Integer rating) {
	}

	private DepartmentStats() {
	}

	static List<DepartmentRow> of(List<Fact> facts) {
		Map<String, List<Fact>> byDepartment = new TreeMap<>();
		for (Fact f : facts) {
			byDepartment.computeIfAbsent(f.department() == null ? DepartmentRow.UNROUTED : f.department(),
					d -> new ArrayList<>()).add(f);
		}
		List<DepartmentRow> rows = new ArrayList<>();
		byDepartment.forEach((department, list) -> rows.add(row(department, list)));
		return rows;
	}

	private static DepartmentRow row(String department, List<Fact> facts) {
		int answered = 0;
		int onTime = 0;
		int overdue = 0;
		List<Integer> days = new ArrayList<>();
		List<Integer> ratings = new ArrayList<>();
		for (Fact f : facts) {
			if (f.answered()) {
				answered++;
				onTime += f.answeredLate() ? 0 : 1;
			}
			if (f.responseDays() != null) {
				days.add(f.responseDays());
			}
			overdue += f.overdue() ? 1 : 0;
			if (f.rating() != null) {
				ratings.add(f.rating());
			}
		}
		return new DepartmentRow(department, facts.size(), answered, onTime,
				answered == 0 ? null : (double) onTime / answered, median(days), overdue, ratings.size(),
				ratings.isEmpty() ? null : ratings.stream().mapToInt(Integer::intValue).average().orElseThrow(),
				(int) ratings.stream().filter(r -> r <= 2).count());
	}

	private static @Nullable Double median(List<Integer> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Integer> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
	}

}
