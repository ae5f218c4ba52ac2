package org.batterytown.plan.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.batterytown.plan.Forecast;
import org.batterytown.plan.ProjectionView;
import org.batterytown.plan.TargetKind;
import org.batterytown.plan.projection.Fan;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * ECharts options of the plan page: a fan chart per capacity target's link (P10–P90 shaded, P50 and the
 * deterministic projection as lines, the targets and forecasts as points) and the annual output value
 * against its targets. Capacity in 万吨 (kt in English), output value in 亿元 (billion yuan).
 */
final class PlanCharts {

	private final MessageSource messages;

	private final Locale locale;

	private final boolean english;

	PlanCharts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.english = "en".equals(locale.getLanguage());
	}

	/** The capacity of a link (its finished product) over the months, with its targets and forecasts. */
	@Nullable Map<String, Object> capacity(ProjectionView view, String link, List<Forecast> forecasts) {
		Fan fan = view.fans().stream().filter(f -> f.series().equals("capacity:" + link)).findFirst().orElse(null);
		double[] deterministic = series(view, "capacity:" + link);
		if (fan == null || deterministic == null) {
			return null;
		}
		double scale = english ? 1_000 : 10_000;
		List<String> months = view.months().stream().map(YearMonth::toString).toList();
		Map<String, Object> option = base(text("plan.chart.capacity") + " · " + text("link." + link), months,
				text(english ? "plan.unit.kt" : "plan.unit.tenThousandTonnes"));
		List<Object> series = band(fan, scale);
		series.add(line(text("plan.chart.deterministic"), scaled(deterministic, scale), "#0d6efd", "dashed"));
		List<Object> points = new ArrayList<>();
		for (ProjectionView.TargetRow row : view.targets()) {
			if (row.target().kind() == TargetKind.CAPACITY && link.equals(String.valueOf(row.target().link()))) {
				points.add(point(YearMonth.from(row.target().date()).toString(), row.target().threshold().doubleValue() / scale,
						row.target().description().in(locale)));
			}
		}
		series.add(scatter(text("plan.chart.target"), points, "#dc3545", "diamond"));
		List<Object> stated = new ArrayList<>();
		for (Forecast f : forecasts) {
			if (f.kind() == TargetKind.CAPACITY && f.link() != null && link.equals(f.link().name())) {
				stated.add(point(YearMonth.from(f.date()).toString(), f.value().doubleValue() / scale, f.statedBy()));
			}
		}
		series.add(scatter(text("plan.chart.forecast"), stated, "#fd7e14", "triangle"));
		option.put("series", series);
		return option;
	}

	/** The park's output value by calendar year against the output value targets. */
	Map<String, Object> outputValue(ProjectionView view) {
		Fan fan = view.fans().stream().filter(f -> f.series().equals("annualOutputValue")).findFirst().orElseThrow();
		int first = view.months().get(0).getYear();
		List<String> years = new ArrayList<>();
		for (int y = 0; y < fan.p50().length; y++) {
			years.add(Integer.toString(first + y));
		}
		double[] monthly = series(view, "outputValue");
		double[] annual = new double[years.size()];
		for (int t = 0; t < monthly.length; t++) {
			annual[view.months().get(t).getYear() - first] += monthly[t];
		}
		double scale = english ? 1e9 : 1e8;
		Map<String, Object> option = base(text("plan.chart.outputValue"), years,
				text(english ? "plan.unit.billionYuan" : "plan.unit.hundredMillionYuan"));
		List<Object> series = band(fan, scale);
		series.add(line(text("plan.chart.deterministic"), scaled(annual, scale), "#0d6efd", "dashed"));
		List<Object> points = new ArrayList<>();
		for (ProjectionView.TargetRow row : view.targets()) {
			if (row.target().kind() == TargetKind.OUTPUT_VALUE) {
				points.add(point(Integer.toString(row.target().date().getYear()),
						row.target().threshold().doubleValue() / scale, row.target().description().in(locale)));
			}
			if (row.target().kind() == TargetKind.OUTPUT_VALUE && row.actual() != null) {
				points.add(point(Integer.toString(row.target().date().getYear()), row.actual() / scale,
						text("plan.actual")));
			}
		}
		series.add(scatter(text("plan.chart.target"), points, "#dc3545", "diamond"));
		option.put("series", series);
		return option;
	}

	private List<Object> band(Fan fan, double scale) {
		List<Object> series = new ArrayList<>();
		double[] width = new double[fan.p10().length];
		for (int i = 0; i < width.length; i++) {
			width[i] = fan.p90()[i] - fan.p10()[i];
		}
		Map<String, Object> low = line("P10", scaled(fan.p10(), scale), "#9ec5fe", "solid");
		low.put("stack", "band");
		low.put("lineStyle", Map.of("opacity", 0));
		low.put("symbol", "none");
		series.add(low);
		Map<String, Object> range = line("P10–P90", scaled(width, scale), "#9ec5fe", "solid");
		range.put("stack", "band");
		range.put("lineStyle", Map.of("opacity", 0));
		range.put("areaStyle", Map.of("color", "#9ec5fe", "opacity", 0.5));
		range.put("symbol", "none");
		series.add(range);
		series.add(line("P50", scaled(fan.p50(), scale), "#084298", "solid"));
		return series;
	}

	private Map<String, Object> base(String title, List<String> axis, String unit) {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("animation", false);
		option.put("title", Map.of("text", title, "left", "center", "textStyle", Map.of("fontSize", 14)));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("bottom", 0));
		option.put("grid", Map.of("left", 70, "right", 30, "top", 50, "bottom", 60));
		option.put("xAxis", Map.of("type", "category", "data", axis));
		option.put("yAxis", Map.of("type", "value", "name", unit));
		return option;
	}

	private static Map<String, Object> line(String name, List<BigDecimal> data, String color, String type) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", name);
		s.put("type", "line");
		s.put("data", data);
		s.put("showSymbol", false);
		s.put("itemStyle", Map.of("color", color));
		s.put("lineStyle", Map.of("type", type));
		return s;
	}

	private static Map<String, Object> scatter(String name, List<Object> points, String color, String symbol) {
		return Map.of("name", name, "type", "scatter", "data", points, "symbol", symbol, "symbolSize", 12,
				"itemStyle", Map.of("color", color));
	}

	private static Map<String, Object> point(String x, double y, String label) {
		return Map.of("value", List.of(x, round(y)), "name", label);
	}

	private static List<BigDecimal> scaled(double[] values, double scale) {
		List<BigDecimal> out = new ArrayList<>(values.length);
		for (double v : values) {
			out.add(round(v / scale));
		}
		return out;
	}

	private static BigDecimal round(double v) {
		return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
	}

	private static double @Nullable [] series(ProjectionView view, String name) {
		return view.deterministic().stream().filter(s -> s.name().equals(name)).map(ProjectionView.Series::values)
			.findFirst().orElse(null);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, locale);
	}

}
