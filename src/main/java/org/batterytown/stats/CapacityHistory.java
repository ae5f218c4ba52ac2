package org.batterytown.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.batterytown.project.MilestoneKind;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectView;
import org.batterytown.project.StageGroup;
import org.batterytown.stats.review.ReviewRules;
import org.jspecify.annotations.Nullable;

/**
 * Monthly nameplate of the registry's producing projects as it stood in past months: a project counts
 * from the month of its actual production milestone, else of its actual trial production; one without
 * either counts throughout (the stage log says when a stage was recorded, not when it was reached).
 */
final class CapacityHistory {

	private final List<Entry> entries;

	private CapacityHistory(List<Entry> entries) {
		this.entries = entries;
	}

	static CapacityHistory of(Collection<ProjectView> projects) {
		List<Entry> entries = projects.stream()
			.filter(p -> p.stageGroup() == StageGroup.PRODUCING)
			.flatMap(p -> {
				YearMonth since = since(p);
				return p.capacityLines().stream().map(l -> new Entry(p.enterpriseId().value(), l.product(), since,
						l.nameplate() == null ? null : ReviewRules.monthly(l.nameplate())));
			})
			.toList();
		return new CapacityHistory(entries);
	}

	/**
	 * An enterprise's monthly nameplate of a product in a month, empty when a line of it is undisclosed,
	 * zero when it had none producing.
	 */
	Optional<BigDecimal> of(UUID enterpriseId, Product product, YearMonth month) {
		BigDecimal total = BigDecimal.ZERO;
		for (Entry e : entries) {
			if (e.enterpriseId().equals(enterpriseId) && e.product() == product && counts(e, month)) {
				if (e.monthly() == null) {
					return Optional.empty();
				}
				total = total.add(e.monthly());
			}
		}
		return Optional.of(total);
	}

	/** The disclosed monthly nameplate of a product in the whole scope in a month. */
	BigDecimal disclosed(Product product, YearMonth month) {
		return entries.stream()
			.filter(e -> e.product() == product && e.monthly() != null && counts(e, month))
			.map(Entry::monthly)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	List<Product> products() {
		return entries.stream().map(Entry::product).distinct().sorted().toList();
	}

	private static boolean counts(Entry e, YearMonth month) {
		return e.since() == null || !e.since().isAfter(month);
	}

	private static @Nullable YearMonth since(ProjectView p) {
		LocalDate date = actual(p, MilestoneKind.PRODUCTION);
		if (date == null) {
			date = actual(p, MilestoneKind.TRIAL_PRODUCTION);
		}
		return date == null ? null : YearMonth.from(date);
	}

	private static @Nullable LocalDate actual(ProjectView p, MilestoneKind kind) {
		return p.milestones().stream().filter(m -> m.kind() == kind).map(ProjectView.MilestoneState::actualDate)
			.filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	private record Entry(UUID enterpriseId, Product product, @Nullable YearMonth since, @Nullable BigDecimal monthly) {
	}

}
