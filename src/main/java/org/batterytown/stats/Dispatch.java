package org.batterytown.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.batterytown.project.CapacityUnit;
import org.batterytown.project.MilestoneKind;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectStage;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The monthly dispatch report (调度报告) of a park: headline figures with year on year for the month
 * and the year to date, production and utilization, each enterprise's accepted revision, the projects
 * with their milestone slippage and stage changes, who reported late or not at all, each with a
 * light, and the projects with business-environment tickets unanswered past their due day. A closed month keeps this as its immutable snapshot.
 */
public record Dispatch(UUID parkId, LocalizedText parkName, YearMonth month, Instant preparedAt,
		List<Headline> headlines, List<ProductLine> products, List<EnterpriseLine> enterprises,
		List<ProjectLine> projects, List<StageChange> stageChanges, List<ChasingRow> reporting,
		List<TrendMonth> trend, @Nullable List<OverdueTickets> overdueTickets, @Nullable List<AtRisk> atRisk) {

	public Dispatch {
		// snapshots of months closed before tickets or early warning existed have no such list
		overdueTickets = overdueTickets == null ? List.of() : List.copyOf(overdueTickets);
		atRisk = atRisk == null ? List.of() : List.copyOf(atRisk);
	}

	/** An enterprise at risk (early warning): its score and the reasons, as the report was prepared. */
	public record AtRisk(UUID enterpriseId, LocalizedText name, int score, List<LocalizedText> reasons) {
	}

	/** A project whose business-environment tickets are unanswered past their due day. */
	public record OverdueTickets(UUID projectId, LocalizedText name, int tickets, int maxOverdueDays) {
	}

	/** A measure in the month and the year to date, with growth on the full and the same set. */
	public record Headline(Measure measure, @Nullable BigDecimal month, @Nullable Double monthFull,
			@Nullable Double monthSame, @Nullable BigDecimal yearToDate, @Nullable Double yearToDateFull,
			@Nullable Double yearToDateSame, int enterprises, int entering, int leaving, Light light) {
	}

	public record ProductLine(Product product, CapacityUnit unit, @Nullable BigDecimal production,
			@Nullable BigDecimal yearToDate, @Nullable Double growthSame, @Nullable Double utilization, Light light) {
	}

	/** An enterprise's accepted report of the month as the snapshot holds it. */
	public record EnterpriseLine(UUID enterpriseId, LocalizedText name, @Nullable UUID reportId,
			@Nullable Integer revision, @Nullable BigDecimal outputValue, @Nullable BigDecimal electricityKwh,
			@Nullable Double growth, @Nullable Double pullPoints, FiguresView.Membership membership) {
	}

	/** A project's stage and its most slipped milestone. */
	public record ProjectLine(UUID projectId, LocalizedText name, LocalizedText enterprise, ProjectStage stage,
			@Nullable MilestoneKind slippedMilestone, @Nullable LocalDate plannedDate, @Nullable LocalDate actualDate,
			@Nullable Long slippageDays, Light light) {
	}

	/** A stage reached during the month, as recorded in the registry. */
	public record StageChange(UUID projectId, LocalizedText name, ProjectStage stage, Instant at) {
	}

	/** Output value of a month of the last twelve and of the same month a year earlier. */
	public record TrendMonth(YearMonth month, @Nullable BigDecimal outputValue,
			@Nullable BigDecimal outputValueYearEarlier) {
	}

	/** How many lights of each colour the report holds, for its summary line. */
	public long count(Light light) {
		return headlines.stream().filter(h -> h.light() == light).count()
				+ products.stream().filter(p -> p.light() == light).count()
				+ projects.stream().filter(p -> p.light() == light).count()
				+ reporting.stream().filter(r -> r.light() == light).count();
	}

}
