package org.batterytown.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats figures the way officials read them (UI.md): 万吨 and 亿元 in Chinese, kt and billion yuan in
 * English; unknown values read 未披露 / "not disclosed", never 0. Templates use it as {@code @figures}.
 */
@Component("figures")
public class Figures {

	private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

	private static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");

	private static final BigDecimal MILLION = new BigDecimal("1000000");

	private static final BigDecimal BILLION = new BigDecimal("1000000000");

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** A capacity per year in its unit; the unit is the name of a {@code CapacityUnit}. */
	public String capacity(@Nullable BigDecimal value, Object unit) {
		if (value == null) {
			return unknown();
		}
		return switch (unit.toString()) {
			case "TONNES_PER_YEAR" -> tonnes(value);
			case "PIECES_PER_YEAR" -> grouped(value, 0) + (english() ? " pieces" : " 块");
			case "MILLION_M2_PER_YEAR" -> grouped(value, 1) + (english() ? " million m²" : " 百万平方米");
			case "GWH_PER_YEAR" -> grouped(value, 1) + " GWh";
			default -> grouped(value, 0) + " " + unit;
		};
	}

	/** An amount of a chain link per year: tonnes, million m² or GWh (the name of a link's unit). */
	public String amount(@Nullable Double value, Object unit) {
		if (value == null || value.isNaN()) {
			return unknown();
		}
		BigDecimal v = BigDecimal.valueOf(value);
		return switch (unit.toString()) {
			case "TONNES" -> tonnes(v);
			case "MILLION_M2" -> grouped(v, 1) + (english() ? " million m²" : " 百万平方米");
			case "GWH" -> grouped(v, 1) + " GWh";
			default -> grouped(v, 1) + " " + unit;
		};
	}

	/** Yuan given as a floating-point estimate (a derived figure), formatted like {@link #yuan}. */
	public String yuanOf(@Nullable Double yuan) {
		return yuan == null ? unknown() : yuan(BigDecimal.valueOf(yuan));
	}

	/** Electricity given in kWh, shown as 亿千瓦时 / GWh (1 GWh = 100 万千瓦时). */
	public String electricity(@Nullable Double kwh) {
		if (kwh == null) {
			return unknown();
		}
		BigDecimal gwh = BigDecimal.valueOf(kwh).divide(MILLION, 2, RoundingMode.HALF_UP);
		return english() ? grouped(gwh, 1) + " GWh" : fixed(BigDecimal.valueOf(kwh).divide(HUNDRED_MILLION, 2,
				RoundingMode.HALF_UP)) + " 亿千瓦时";
	}

	/**
	 * A reported flow in its unit ({@code yuan}, {@code kWh} or {@code tce}): yuan as {@link #yuan},
	 * kWh as 万千瓦时 / MWh (亿千瓦时 / GWh from 100 million kWh), tce grouped.
	 */
	public String measure(@Nullable BigDecimal value, String unit) {
		if (value == null) {
			return unknown();
		}
		return switch (unit) {
			case "yuan" -> yuan(value);
			case "kWh" -> value.abs().compareTo(HUNDRED_MILLION) >= 0 ? electricity(value.doubleValue())
					: english() ? grouped(value.divide(new BigDecimal("1000"), 1, RoundingMode.HALF_UP), 1) + " MWh"
							: fixed(value.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)) + " 万千瓦时";
			case "tce" -> grouped(value, 1) + " tce";
			default -> grouped(value, 2) + " " + unit;
		};
	}

	/** A share such as 0.623 as 62.3%; unknown as —. */
	public String percent(@Nullable Double share) {
		if (share == null || share.isNaN() || share.isInfinite()) {
			return "—";
		}
		return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** A difference of rates in percentage points: +10.0 个百分点 / +10.0 pp; unknown as —. */
	public String points(@Nullable Double points) {
		if (points == null || points.isNaN() || points.isInfinite()) {
			return "—";
		}
		BigDecimal p = BigDecimal.valueOf(points).setScale(1, RoundingMode.HALF_UP);
		return (p.signum() > 0 ? "+" : "") + p.toPlainString() + (english() ? " pp" : " 个百分点");
	}

	/** A coefficient as read in a table: grouped, no exponent, no trailing zeros (3.2E8 reads 320,000,000). */
	public String number(double value) {
		DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(value);
	}

	/** A coefficient as typed into a field: no grouping, no exponent. */
	public String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** A ratio such as 0.52, or 未披露 / not disclosed. */
	public String ratio(@Nullable Double value) {
		return value == null ? unknown() : fixed(BigDecimal.valueOf(value));
	}

	/** Tonnes: 22.00 万吨 / 220 kt at and above 10,000 t; 2,500 吨 / 2,500 t below. */
	public String tonnes(@Nullable BigDecimal t) {
		if (t == null) {
			return unknown();
		}
		if (t.abs().compareTo(TEN_THOUSAND) >= 0) {
			return english() ? grouped(t.divide(new BigDecimal("1000"), 1, RoundingMode.HALF_UP), 0) + " kt"
					: fixed(t.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)) + " 万吨";
		}
		return grouped(t, 0) + (english() ? " t" : " 吨");
	}

	/** Yuan: 13.30 亿元 / 1.33 billion yuan; 850.00 万元 / 8.5 million yuan. */
	public String yuan(@Nullable BigDecimal yuan) {
		if (yuan == null) {
			return unknown();
		}
		if (english()) {
			return yuan.abs().compareTo(BILLION) >= 0
					? strip(yuan.divide(BILLION, 2, RoundingMode.HALF_UP)) + " billion yuan"
					: strip(yuan.divide(MILLION, 2, RoundingMode.HALF_UP)) + " million yuan";
		}
		return yuan.abs().compareTo(HUNDRED_MILLION) >= 0
				? fixed(yuan.divide(HUNDRED_MILLION, 2, RoundingMode.HALF_UP)) + " 亿元"
				: fixed(yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)) + " 万元";
	}

	public String date(@Nullable LocalDate date) {
		if (date == null) {
			return unknown();
		}
		return english() ? date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH))
				: date.format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
	}

	public String dateTime(@Nullable Instant at) {
		if (at == null) {
			return unknown();
		}
		var local = at.atZone(ZONE);
		return english() ? local.format(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH))
				: local.format(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm"));
	}

	/** A growth rate such as 0.954 as +95.4%; unknown as —. Rounded once, from the unrounded value. */
	public String growth(@Nullable Double rate) {
		if (rate == null || rate.isNaN() || rate.isInfinite()) {
			return "—";
		}
		BigDecimal pct = BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP);
		return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
	}

	public String unknown() {
		return english() ? "not disclosed" : "未披露";
	}

	private static String grouped(BigDecimal value, int decimals) {
		DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.0",
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	private static String fixed(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(value);
	}

	private static String strip(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
