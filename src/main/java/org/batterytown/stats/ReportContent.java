package org.batterytown.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.project.Product;
import org.batterytown.stats.review.ReportFigures;
import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an enterprise fills in for a month: product lines, electricity, energy, employees, taxes, the
 * investment completed per project under construction, and explanations of warnings by their key.
 */
public record ReportContent(@Valid @Size(max = 20) List<LineInput> lines, @Nullable BigDecimal electricityKwh,
		@Nullable BigDecimal energyTce, @Nullable Integer employees, @Nullable BigDecimal taxes,
		@Valid @Size(max = 50) List<InvestmentInput> investments, Map<String, String> explanations) {

	public ReportContent {
		lines = lines == null ? List.of() : List.copyOf(lines);
		investments = investments == null ? List.of() : List.copyOf(investments);
		explanations = explanations == null ? Map.of() : Map.copyOf(explanations);
	}

	public record LineInput(@NotNull(message = "{stats.line.product}") Product product,
			@Nullable BigDecimal production, @Nullable BigDecimal sales, @Nullable BigDecimal outputValue) {
	}

	public record InvestmentInput(@NotNull UUID projectId, @NotNull(message = "{stats.rule.required}") BigDecimal amount) {
	}

	ReportFigures figures() {
		return new ReportFigures(lines.stream()
			.map(l -> new ReportFigures.Line(l.product(), l.production(), l.sales(), l.outputValue()))
			.toList(), electricityKwh, energyTce, employees, taxes);
	}

}
