package org.batterytown.retention;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's health: its early-warning signals, each explained, the score they add up to, whether
 * that puts it at risk, and the trend of its output value and electricity.
 *
 * @param outputChange output value in the latest reported month against three months before, as a
 *     share; null when either is unknown
 */
public record HealthView(UUID enterpriseId, LocalizedText enterpriseName, int score, boolean atRisk,
		List<SignalView> signals, List<TrendPoint> trend, @Nullable Double outputChange) {

	public record SignalView(SignalKind kind, int weight, LocalizedText explanation) {
	}

	public record TrendPoint(YearMonth month, @Nullable BigDecimal outputValue, @Nullable BigDecimal electricityKwh) {
	}

}
