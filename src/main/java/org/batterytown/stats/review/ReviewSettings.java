package org.batterytown.stats.review;

import java.util.List;

/**
 * The configurable thresholds of the rules. The defaults are the issue's; STATISTICS.md 2.3 marks
 * such thresholds as to be calibrated with the county statistics bureau.
 *
 * @param nameplateFactor production above this multiple of the monthly nameplate is a hard error
 * @param monthOnMonthLimit a relative change from the month before above this needs an explanation
 * @param explanationMinLength the shortest explanation accepted
 * @param emptyExplanations explanations that say nothing ("核实无误") and are refused (STATISTICS.md 2.1)
 */
public record ReviewSettings(double nameplateFactor, double monthOnMonthLimit, int explanationMinLength,
		List<String> emptyExplanations) {

	public ReviewSettings {
		emptyExplanations = List.copyOf(emptyExplanations);
	}

	public static ReviewSettings defaults() {
		return new ReviewSettings(1.5, 0.5, 6, List.of("核实无误", "数据无误", "属实", "无误", "正常"));
	}

}
