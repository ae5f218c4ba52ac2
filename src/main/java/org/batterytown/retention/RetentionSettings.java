package org.batterytown.retention;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The thresholds of early warning and the clocks of retention work. None is set by a source: all are
 * inferences of this platform (the issue asks for configurable thresholds), so all can be changed.
 *
 * @param fallingMonths output value or electricity falling this many months running is a signal
 * @param utilizationBelow a product's utilization in the latest month below this share is a signal
 * @param lateWindowMonths the months looked at for late reports
 * @param lateMonths late (or missing past the due day) in at least this many of them is a signal
 * @param visitIntervalMonths how often an enterprise with no plan of its own is to be visited
 * @param problemDueWorkingDays the default time to follow up a problem raised in a visit
 * @param promiseDueWorkingDays the time to keep a promise made in a visit when it names no date
 * @param fallbackOwner who owns a follow-up when the enterprise has no liaison and nobody of the zone
 *     recorded it
 * @param atRiskScore the score from which an enterprise is listed at risk on the dashboard and in the
 *     monthly report
 */
@ConfigurationProperties("batterytown.retention")
record RetentionSettings(@Nullable Integer fallingMonths, @Nullable Double utilizationBelow,
		@Nullable Integer lateWindowMonths, @Nullable Integer lateMonths, @Nullable Integer visitIntervalMonths,
		@Nullable Integer problemDueWorkingDays, @Nullable Integer promiseDueWorkingDays, @Nullable String fallbackOwner,
		@Nullable Integer atRiskScore) {

	RetentionSettings {
		fallingMonths = fallingMonths == null ? 3 : fallingMonths;
		utilizationBelow = utilizationBelow == null ? 0.5 : utilizationBelow;
		lateWindowMonths = lateWindowMonths == null ? 3 : lateWindowMonths;
		lateMonths = lateMonths == null ? 2 : lateMonths;
		visitIntervalMonths = visitIntervalMonths == null ? 3 : visitIntervalMonths;
		problemDueWorkingDays = problemDueWorkingDays == null ? 10 : problemDueWorkingDays;
		promiseDueWorkingDays = promiseDueWorkingDays == null ? 20 : promiseDueWorkingDays;
		fallbackOwner = fallbackOwner == null || fallbackOwner.isBlank() ? "admin" : fallbackOwner;
		atRiskScore = atRiskScore == null ? 2 : atRiskScore;
	}

	static RetentionSettings defaults() {
		return new RetentionSettings(null, null, null, null, null, null, null, null, null);
	}

}
