package org.batterytown.stats.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.batterytown.stats.FiguresView;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * ECharts options of the figures page, as JSON-ready maps: output value by month against a year
 * earlier with the growth line, production against nameplate, electricity against output value.
 * Amounts are scaled to 万元 / 万kWh (million yuan / MWh in English).
 */
final class FigureCharts {

	private final MessageSource messages;

	private final Locale locale;

	private final boolean english;

	FigureCharts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.english = "en".equals(locale.getLanguage());
	}

	Map<String, Object> outputTrend(FiguresView f) {
		List<String> months = months(f);
		List<@Nullable BigDecimal> now = new ArrayList<>();
		List<@Nullable BigDecimal> before = new ArrayList<>();
		List<@Nullable BigDecimal> growth = new ArrayList<>();
		for (FiguresView.TrendPoint p : f.trend()) {
			now.add(money(p.outputValue()));
			before.add(money(p.outputValueYearEarlier()));
			growth.add(p.growth() == null ? null
					: BigDecimal.valueOf(p.growth() * 100).setScale(1, RoundingMode.HALF_UP));
		}
		String unit = text(english ? "stats.figures.unit.millionYuan" : "stats.figures.unit.tenThousandYuan");
		Map<String, Object> option = base("stats.figures.chart.output", months);
		option.put("yAxis", List.of(Map.of("type", "value", "name", unit), Map.of("type", "value", "name", "%")));
		option.put("series", List.of(series(text("stats.figures.chart.thisYear"), "bar", now, 0, "#0d6efd"),
				series(text("stats.figures.chart.yearEarlier"), "bar", before, 0, "#adb5bd"),
				series(text("stats.figures.chart.growth"), "line", growth, 1, "#dc3545")));
		return option;
	}

	Map<String, Object> productionVsCapacity(FiguresView.ProductTrend t) {
		List<String> months = t.months().stream().map(m -> m.month().toString()).toList();
		List<@Nullable BigDecimal> production = t.months().stream().map(FiguresView.ProductMonth::production)
			.map(v -> v == null ? null : v.setScale(1, RoundingMode.HALF_UP)).toList();
		List<@Nullable BigDecimal> capacity = t.months().stream()
			.map(m -> m.capacity().signum() == 0 ? null : m.capacity().setScale(1, RoundingMode.HALF_UP)).toList();
		String unit = text("unitShort." + t.unit());
		Map<String, Object> option = base("stats.figures.chart.production", months);
		option.put("title", Map.of("text", text("stats.figures.chart.production") + " · " + text("product." + t.product()),
				"left", "center", "textStyle", Map.of("fontSize", 14)));
		option.put("yAxis", Map.of("type", "value", "name", unit));
		option.put("series", List.of(series(text("stats.figures.production"), "bar", production, 0, "#198754"),
				series(text("stats.figures.chart.nameplate"), "line", capacity, 0, "#6c757d")));
		return option;
	}

	Map<String, Object> electricityVsOutput(FiguresView f) {
		List<String> months = months(f);
		List<@Nullable BigDecimal> output = f.trend().stream().map(p -> money(p.outputValue())).toList();
		List<@Nullable BigDecimal> electricity = f.trend().stream().map(p -> energy(p.electricityKwh())).toList();
		Map<String, Object> option = base("stats.figures.chart.electricity", months);
		option.put("yAxis", List.of(
				Map.of("type", "value", "name",
						text(english ? "stats.figures.unit.millionYuan" : "stats.figures.unit.tenThousandYuan")),
				Map.of("type", "value", "name", text(english ? "stats.figures.unit.mwh" : "stats.figures.unit.tenThousandKwh"))));
		option.put("series", List.of(series(text("measure.OUTPUT_VALUE"), "line", output, 0, "#0d6efd"),
				series(text("measure.ELECTRICITY"), "line", electricity, 1, "#f0ad4e")));
		return option;
	}

	private Map<String, Object> base(String titleKey, List<String> months) {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("title", Map.of("text", text(titleKey), "left", "center", "textStyle", Map.of("fontSize", 14)));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("bottom", 0));
		option.put("grid", Map.of("left", 70, "right", 60, "top", 50, "bottom", 60));
		option.put("xAxis", Map.of("type", "category", "data", months));
		return option;
	}

	private static Map<String, Object> series(String name, String type, List<@Nullable BigDecimal> data, int axis,
			String color) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", name);
		s.put("type", type);
		s.put("yAxisIndex", axis);
		s.put("data", data);
		s.put("itemStyle", Map.of("color", color));
		return s;
	}

	private static List<String> months(FiguresView f) {
		return f.trend().stream().map(p -> p.month().toString()).toList();
	}

	private @Nullable BigDecimal money(@Nullable BigDecimal yuan) {
		return yuan == null ? null : yuan.divide(english ? new BigDecimal("1000000") : new BigDecimal("10000"), 2,
				RoundingMode.HALF_UP);
	}

	private @Nullable BigDecimal energy(@Nullable BigDecimal kwh) {
		return kwh == null ? null : kwh.divide(english ? new BigDecimal("1000") : new BigDecimal("10000"), 2,
				RoundingMode.HALF_UP);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, locale);
	}

}
