package org.batterytown.stats.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.batterytown.stats.Measure;
import org.jspecify.annotations.Nullable;

/**
 * Numbers of the dispatch report in fixed column units, as printed reports use them: money in 万元
 * (thousand yuan in English), electricity in 万千瓦时 (MWh), rates with one decimal; unknown as —.
 */
final class ReportNumbers {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final boolean english;

	ReportNumbers(Locale locale) {
		this.english = "en".equals(locale.getLanguage());
	}

	/** The divisor from a measure's unit to its column unit. */
	BigDecimal divisor(Measure measure) {
		return switch (measure) {
			case OUTPUT_VALUE, TAXES, ELECTRICITY -> english ? new BigDecimal("1000") : new BigDecimal("10000");
			case ENERGY -> BigDecimal.ONE;
		};
	}

	/** The column unit's message key suffix of a measure. */
	String unitKey(Measure measure) {
		return switch (measure) {
			case OUTPUT_VALUE, TAXES -> "money";
			case ELECTRICITY -> "electricity";
			case ENERGY -> "energy";
		};
	}

	@Nullable BigDecimal scaled(@Nullable BigDecimal value, Measure measure) {
		return value == null ? null : value.divide(divisor(measure), 2, RoundingMode.HALF_UP);
	}

	String measure(@Nullable BigDecimal value, Measure measure) {
		return number(scaled(value, measure), 2);
	}

	String number(@Nullable BigDecimal value, int decimals) {
		if (value == null) {
			return "—";
		}
		DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(value);
	}

	String growth(@Nullable Double rate) {
		if (rate == null || rate.isNaN() || rate.isInfinite()) {
			return "—";
		}
		BigDecimal pct = BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP);
		return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
	}

	String percent(@Nullable Double share) {
		return share == null ? "—" : BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP) + "%";
	}

	String points(@Nullable Double points) {
		if (points == null) {
			return "—";
		}
		BigDecimal p = BigDecimal.valueOf(points).setScale(1, RoundingMode.HALF_UP);
		return (p.signum() > 0 ? "+" : "") + p.toPlainString();
	}

	String time(@Nullable Instant at) {
		return at == null ? "—" : at.atZone(ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
	}

}
