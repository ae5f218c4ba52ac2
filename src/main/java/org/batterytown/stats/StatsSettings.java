package org.batterytown.stats;

import java.util.Set;

import org.batterytown.project.Product;
import org.batterytown.stats.review.ReviewSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of monthly statistics ({@code batterytown.stats.*}). Thresholds and the due day are
 * inferences (STATISTICS.md 1.5, 2.3) to be agreed with the county statistics bureau, hence settings.
 *
 * @param dueDay the day of the following month by which a report is due (the zone's internal deadline,
 * earlier than the bureau's so that there is time to review)
 * @param nameplateFactor production above this multiple of the monthly nameplate is a hard error
 * @param monthOnMonthLimit a change from the month before above this share needs an explanation
 * @param explanationMinLength the shortest explanation accepted, in characters
 * @param graphitizationProducts products judged by the graphitization electricity band of the chain's
 * coefficients (kWh per t)
 * @param importMaxBytes the largest import file accepted
 * @param importMaxErrors how many row errors an import lists before it stops reading
 * @param slipAmberDays a project whose milestones slip by at least this many days is amber in the
 * dispatch report
 * @param slipRedDays ... and red from this many days (STATISTICS.md 4.3 gives month-based examples)
 * @param growthRed a same-set year-on-year growth below this is red; below zero amber
 */
@ConfigurationProperties("batterytown.stats")
record StatsSettings(@Nullable Integer dueDay, @Nullable Double nameplateFactor, @Nullable Double monthOnMonthLimit,
		@Nullable Integer explanationMinLength, @Nullable Set<Product> graphitizationProducts,
		@Nullable Long importMaxBytes, @Nullable Integer importMaxErrors, @Nullable Integer slipAmberDays,
		@Nullable Integer slipRedDays, @Nullable Double growthRed) {

	StatsSettings {
		dueDay = dueDay == null ? 8 : dueDay;
		nameplateFactor = nameplateFactor == null ? 1.5 : nameplateFactor;
		monthOnMonthLimit = monthOnMonthLimit == null ? 0.5 : monthOnMonthLimit;
		explanationMinLength = explanationMinLength == null ? 6 : explanationMinLength;
		graphitizationProducts = graphitizationProducts == null ? Set.of(Product.GRAPHITIZATION_TOLL)
				: Set.copyOf(graphitizationProducts);
		importMaxBytes = importMaxBytes == null ? 200L * 1024 * 1024 : importMaxBytes;
		importMaxErrors = importMaxErrors == null ? 1000 : importMaxErrors;
		slipAmberDays = slipAmberDays == null ? 30 : slipAmberDays;
		slipRedDays = slipRedDays == null ? 90 : slipRedDays;
		growthRed = growthRed == null ? -0.1 : growthRed;
		if (dueDay < 1 || dueDay > 28) {
			throw new IllegalArgumentException("batterytown.stats.due-day must be 1–28");
		}
	}

	ReviewSettings review() {
		return new ReviewSettings(nameplateFactor, monthOnMonthLimit, explanationMinLength,
				ReviewSettings.defaults().emptyExplanations());
	}

}
