package org.batterytown.retention.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.batterytown.retention.HealthView;

/** The ECharts option of an enterprise's output value (万元) and electricity (万千瓦时) by month. */
final class HealthChart {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private HealthChart() {
	}

	static Map<String, Object> of(HealthView health, String outputName, String electricityName) {
		List<String> months = health.trend().stream().map(p -> p.month().toString()).toList();
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("data", List.of(outputName, electricityName)));
		option.put("grid", Map.of("left", 60, "right", 60, "top", 40, "bottom", 30));
		option.put("xAxis", Map.of("type", "category", "data", months));
		option.put("yAxis", List.of(Map.of("type", "value", "name", outputName), Map.of("type", "value", "name",
				electricityName)));
		option.put("series", List.of(
				Map.of("name", outputName, "type", "line", "data",
						health.trend().stream().map(p -> tenThousands(p.outputValue())).toList()),
				Map.of("name", electricityName, "type", "line", "yAxisIndex", 1, "data",
						health.trend().stream().map(p -> tenThousands(p.electricityKwh())).toList())));
		return option;
	}

	private static Object tenThousands(BigDecimal value) {
		// a month without a report is a gap in the line, not a zero
		return value == null ? "-" : value.divide(TEN_THOUSAND, 1, RoundingMode.HALF_UP);
	}

}
