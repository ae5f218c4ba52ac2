package org.batterytown.stats.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.batterytown.project.Product;
import org.jspecify.annotations.Nullable;

/**
 * Checks a monthly report the way the statistics bureau's online direct reporting checks its forms
 * (STATISTICS.md 2.1–2.3): hard errors (强制性) block submission, warnings (核实性) need an explanation.
 */
public final class ReviewRules {

	public static final String REQUIRED = "REQUIRED";

	public static final String NEGATIVE = "NEGATIVE";

	public static final String ABOVE_NAMEPLATE = "ABOVE_NAMEPLATE";

	public static final String OUTPUT_WITHOUT_PRODUCTION = "OUTPUT_WITHOUT_PRODUCTION";

	public static final String NO_PRODUCING_LINE = "NO_PRODUCING_LINE";

	public static final String PRICE_BAND = "PRICE_BAND";

	public static final String ELECTRICITY_BAND = "ELECTRICITY_BAND";

	public static final String MONTH_ON_MONTH = "MONTH_ON_MONTH";

	private final ReviewSettings settings;

	public ReviewRules(ReviewSettings settings) {
		this.settings = settings;
	}

	/** Only what a draft must already respect: no negative values (a draft may be incomplete). */
	public List<Finding> checkDraft(ReportFigures figures) {
		List<Finding> findings = new ArrayList<>();
		negatives(figures, findings);
		return findings;
	}

	/** Every rule, for submission and import. */
	public List<Finding> review(ReportFigures figures, ReviewContext context) {
		List<Finding> findings = new ArrayList<>();
		required(figures, findings);
		negatives(figures, findings);
		for (int i = 0; i < figures.lines().size(); i++) {
			line(i, figures.lines().get(i), context, findings);
		}
		electricity(figures, context, findings);
		monthOnMonth(figures, context.previousMonth(), findings);
		return findings;
	}

	/**
	 * Whether an explanation says something: long enough and not one of the stock phrases the bureau
	 * refuses.
	 */
	public boolean acceptable(@Nullable String explanation) {
		if (explanation == null) {
			return false;
		}
		String text = explanation.strip();
		return text.codePointCount(0, text.length()) >= settings.explanationMinLength()
				&& !settings.emptyExplanations().contains(text);
	}

	public ReviewSettings settings() {
		return settings;
	}

	private static void required(ReportFigures f, List<Finding> out) {
		requireValue(f.electricityKwh(), "electricityKwh", out);
		requireValue(f.employees(), "employees", out);
		requireValue(f.taxes(), "taxes", out);
		for (int i = 0; i < f.lines().size(); i++) {
			requireValue(f.lines().get(i).production(), "lines[" + i + "].production", out);
			requireValue(f.lines().get(i).outputValue(), "lines[" + i + "].outputValue", out);
		}
	}

	private static void requireValue(@Nullable Object value, String field, List<Finding> out) {
		if (value == null) {
			out.add(hard(REQUIRED, field, "stats.rule.required"));
		}
	}

	private static void negatives(ReportFigures f, List<Finding> out) {
		nonNegative(f.electricityKwh(), "electricityKwh", out);
		nonNegative(f.energyTce(), "energyTce", out);
		nonNegative(f.employees() == null ? null : BigDecimal.valueOf(f.employees()), "employees", out);
		nonNegative(f.taxes(), "taxes", out);
		for (int i = 0; i < f.lines().size(); i++) {
			ReportFigures.Line line = f.lines().get(i);
			nonNegative(line.production(), "lines[" + i + "].production", out);
			nonNegative(line.sales(), "lines[" + i + "].sales", out);
			nonNegative(line.outputValue(), "lines[" + i + "].outputValue", out);
		}
	}

	private static void nonNegative(@Nullable BigDecimal value, String field, List<Finding> out) {
		if (value != null && value.signum() < 0) {
			out.add(hard(NEGATIVE, field, "stats.rule.negative"));
		}
	}

	private void line(int i, ReportFigures.Line line, ReviewContext context, List<Finding> out) {
		BigDecimal production = line.production();
		BigDecimal value = line.outputValue();
		String at = "lines[" + i + "].";
		if (value != null && value.signum() > 0 && (production == null || production.signum() == 0)) {
			out.add(hard(OUTPUT_WITHOUT_PRODUCTION, at + "production", "stats.rule.outputWithoutProduction"));
		}
		if (production == null || production.signum() <= 0) {
			return;
		}
		Optional<BigDecimal> nameplate = context.monthlyNameplate().get(line.product());
		if (nameplate == null) {
			out.add(warning(NO_PRODUCING_LINE + ":" + line.product(), NO_PRODUCING_LINE, at + "production",
					"stats.rule.noProducingLine"));
		}
		else if (nameplate.isPresent() && nameplate.get().signum() > 0) {
			BigDecimal limit = nameplate.get().multiply(BigDecimal.valueOf(settings.nameplateFactor()));
			if (production.compareTo(limit) > 0) {
				out.add(hard(ABOVE_NAMEPLATE, at + "production", "stats.rule.aboveNameplate",
						limit.setScale(0, RoundingMode.HALF_UP), settings.nameplateFactor()));
			}
		}
		Range band = context.priceBands().get(line.product());
		if (band != null && value != null && value.signum() > 0) {
			double price = value.doubleValue() / production.doubleValue();
			if (!band.contains(price)) {
				out.add(warning(PRICE_BAND + ":" + line.product(), PRICE_BAND, at + "outputValue",
						"stats.rule.priceBand", Math.round(price), Math.round(band.low()), Math.round(band.high())));
			}
		}
	}

	/**
	 * Electricity per unit is checked only when every product of the report has a band: an enterprise
	 * that also makes products of other processes cannot be judged by one process's band.
	 */
	private static void electricity(ReportFigures f, ReviewContext context, List<Finding> out) {
		if (f.electricityKwh() == null || f.lines().isEmpty()) {
			return;
		}
		double low = 0;
		double high = 0;
		double produced = 0;
		for (ReportFigures.Line line : f.lines()) {
			Range band = context.electricityBands().get(line.product());
			if (band == null) {
				return;
			}
			double q = line.production() == null ? 0 : line.production().doubleValue();
			produced += q;
			low += band.low() * q;
			high += band.high() * q;
		}
		if (produced <= 0) {
			return;
		}
		double perUnit = f.electricityKwh().doubleValue() / produced;
		if (perUnit < low / produced || perUnit > high / produced) {
			out.add(warning(ELECTRICITY_BAND, ELECTRICITY_BAND, "electricityKwh", "stats.rule.electricityBand",
					Math.round(perUnit), Math.round(low / produced), Math.round(high / produced)));
		}
	}

	private void monthOnMonth(ReportFigures f, @Nullable ReportFigures previous, List<Finding> out) {
		if (previous == null) {
			return;
		}
		change(f.outputValue(), previous.outputValue(), "outputValue", out);
		change(f.electricityKwh(), previous.electricityKwh(), "electricityKwh", out);
	}

	private void change(@Nullable BigDecimal now, @Nullable BigDecimal before, String field, List<Finding> out) {
		if (now == null || before == null || before.signum() <= 0) {
			return;
		}
		double ratio = now.doubleValue() / before.doubleValue() - 1;
		if (Math.abs(ratio) > settings.monthOnMonthLimit()) {
			out.add(warning(MONTH_ON_MONTH + ":" + field, MONTH_ON_MONTH, field, "stats.rule.monthOnMonth",
					Math.round(ratio * 1000) / 10.0, Math.round(settings.monthOnMonthLimit() * 100)));
		}
	}

	private static Finding hard(String rule, String field, String key, Object... args) {
		return new Finding(rule, rule + ":" + field, Severity.HARD, field, key, List.of(args));
	}

	private static Finding warning(String key, String rule, String field, String messageKey, Object... args) {
		return new Finding(rule, key, Severity.WARNING, field, messageKey, List.of(args));
	}

	/** The monthly share of a yearly nameplate. */
	public static BigDecimal monthly(BigDecimal yearly) {
		return yearly.divide(BigDecimal.valueOf(12), 3, RoundingMode.HALF_UP);
	}


}
