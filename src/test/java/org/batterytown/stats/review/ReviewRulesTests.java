package org.batterytown.stats.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.batterytown.project.Product;
import org.junit.jupiter.api.Test;

class ReviewRulesTests {

	private final ReviewRules rules = new ReviewRules(ReviewSettings.defaults());

	/** 60,000 t/yr of graphitization = 5,000 t a month; toll fee 7,500–9,000 yuan/t; 8,000–14,000 kWh/t. */
	private final ReviewContext context = new ReviewContext(
			Map.of(Product.GRAPHITIZATION_TOLL, Optional.of(new BigDecimal("5000"))),
			Map.of(Product.GRAPHITIZATION_TOLL, new Range(7500, 9000, "test")),
			Map.of(Product.GRAPHITIZATION_TOLL, new Range(8000, 14000, "test")), null);

	private static ReportFigures graphitization(String tonnes, String yuan, String kwh) {
		return new ReportFigures(List.of(new ReportFigures.Line(Product.GRAPHITIZATION_TOLL, new BigDecimal(tonnes),
				new BigDecimal(tonnes), new BigDecimal(yuan))), new BigDecimal(kwh), null, 120, new BigDecimal("100000"));
	}

	private static List<String> rules(List<Finding> findings) {
		return findings.stream().map(f -> f.severity() + " " + f.rule() + " " + f.field()).toList();
	}

	@Test
	void aPlausibleMonthPassesEveryRule() {
		// 4,000 t at 8,000 yuan/t with 11,000 kWh/t
		assertThat(rules.review(graphitization("4000", "32000000", "44000000"), context)).isEmpty();
	}

	@Test
	void productionAboveOneAndAHalfTimesTheMonthlyNameplateIsAHardError() {
		assertThat(rules(rules.review(graphitization("7501", "60008000", "82511000"), context)))
			.containsExactly("HARD ABOVE_NAMEPLATE lines[0].production");
		assertThat(rules.review(graphitization("7500", "60000000", "82500000"), context)).isEmpty();
	}

	@Test
	void missingAndNegativeValuesAndOutputWithoutProductionAreHardErrors() {
		ReportFigures f = new ReportFigures(
				List.of(new ReportFigures.Line(Product.GRAPHITIZATION_TOLL, BigDecimal.ZERO, null, new BigDecimal("5"))),
				null, new BigDecimal("-1"), null, new BigDecimal("10"));
		assertThat(rules(rules.review(f, context))).containsExactlyInAnyOrder("HARD REQUIRED electricityKwh",
				"HARD REQUIRED employees", "HARD NEGATIVE energyTce", "HARD OUTPUT_WITHOUT_PRODUCTION lines[0].production");
	}

	@Test
	void priceAndElectricityOutsideTheirBandsAreWarnings() {
		// 4,000 t at 12,000 yuan/t and 6,000 kWh/t
		assertThat(rules(rules.review(graphitization("4000", "48000000", "24000000"), context))).containsExactly(
				"WARNING PRICE_BAND lines[0].outputValue", "WARNING ELECTRICITY_BAND electricityKwh");
	}

	@Test
	void aChangeOfMoreThanHalfFromTheMonthBeforeIsAWarning() {
		ReviewContext withPrevious = new ReviewContext(context.monthlyNameplate(), context.priceBands(),
				context.electricityBands(), graphitization("2000", "16000000", "22000000"));
		assertThat(rules(rules.review(graphitization("3000", "24000000", "33000000"), withPrevious))).isEmpty();
		assertThat(rules(rules.review(graphitization("4000", "32000000", "44000000"), withPrevious)))
			.containsExactly("WARNING MONTH_ON_MONTH outputValue", "WARNING MONTH_ON_MONTH electricityKwh");
	}

	@Test
	void aProductWithoutAProducingLineNeedsAnExplanationButAnUndisclosedNameplateIsNotJudged() {
		ReportFigures anode = new ReportFigures(List.of(new ReportFigures.Line(Product.ANODE_FINISHED,
				new BigDecimal("100"), null, new BigDecimal("2800000"))), new BigDecimal("1"), null, 5, BigDecimal.ONE);
		assertThat(rules(rules.review(anode, context))).containsExactly("WARNING NO_PRODUCING_LINE lines[0].production");
		ReviewContext undisclosed = new ReviewContext(Map.of(Product.ANODE_FINISHED, Optional.empty()), Map.of(),
				Map.of(), null);
		assertThat(rules.review(anode, undisclosed)).isEmpty();
	}

	@Test
	void stockPhrasesAndShortTextsAreNoExplanation() {
		assertThat(rules.acceptable("核实无误")).isFalse();
		assertThat(rules.acceptable("  ")).isFalse();
		assertThat(rules.acceptable(null)).isFalse();
		assertThat(rules.acceptable("检修停炉两周")).isTrue();
	}

}
