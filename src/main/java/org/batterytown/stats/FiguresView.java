package org.batterytown.stats;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.project.CapacityUnit;
import org.batterytown.project.Product;
import org.batterytown.shared.LocalizedText;
import org.batterytown.stats.figures.Comparison;
import org.batterytown.stats.figures.Period;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a park, or of one of its enterprises, for a period, from accepted reports: each
 * measure year on year and against the period before, output value by chain link, production with
 * utilization by product, the enterprises with their pull on growth, and twelve months of trend.
 */
public record FiguresView(UUID parkId, @Nullable UUID enterpriseId, Period period, Period yearEarlier,
		@Nullable Period previous, List<MeasureFigures> measures, List<LinkFigures> links,
		List<ProductFigures> products, List<EnterpriseFigures> enterprises, List<TrendPoint> trend,
		@Nullable ProductTrend productTrend) {

	public MeasureFigures measure(Measure measure) {
		return measures.stream().filter(m -> m.measure() == measure).findFirst().orElseThrow();
	}

	/** {@code periodOnPeriod} is {@literal null} for a year-to-date total. */
	public record MeasureFigures(Measure measure, Comparison yearOnYear, @Nullable Comparison periodOnPeriod) {
	}

	/** Output value of the products of a chain link. */
	public record LinkFigures(Link link, Comparison outputValue) {
	}

	/**
	 * A product's production against its nameplate over the period's months. {@code utilization} is
	 * production ÷ nameplate of the enterprises whose nameplate is disclosed ({@code utilizationBasis}
	 * of them); {@code capacity} is the disclosed nameplate.
	 */
	public record ProductFigures(Product product, CapacityUnit unit, Comparison production, BigDecimal sales,
			BigDecimal capacity, @Nullable Double utilization, int utilizationBasis) {
	}

	/** How an enterprise stands in the year-on-year comparison. */
	public enum Membership {

		SAME, ENTERING, LEAVING

	}

	/** An enterprise's output value now and a year earlier, and its pull in percentage points. */
	public record EnterpriseFigures(UUID enterpriseId, LocalizedText name, Membership membership,
			@Nullable BigDecimal outputValue, @Nullable BigDecimal outputValueYearEarlier, @Nullable Double growth,
			@Nullable Double pullPoints, @Nullable BigDecimal electricityKwh) {
	}

	/** A month of the trend, all reporting enterprises (full set), with the same month a year earlier. */
	public record TrendPoint(YearMonth month, int reports, @Nullable BigDecimal outputValue,
			@Nullable BigDecimal outputValueYearEarlier, @Nullable Double growth, @Nullable BigDecimal electricityKwh) {
	}

	/** Monthly production of one product against its disclosed monthly nameplate. */
	public record ProductTrend(Product product, CapacityUnit unit, List<ProductMonth> months) {
	}

	public record ProductMonth(YearMonth month, @Nullable BigDecimal production, BigDecimal capacity) {
	}

}
