package org.batterytown.stats.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.project.Product;
import org.batterytown.stats.ReportContent;
import org.batterytown.stats.ReportView;
import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The monthly report form: product rows (a row without a product is left out), enterprise totals,
 * investment per project under construction and explanations of warnings by their key.
 */
record ReportForm(@Valid @Size(max = 20) @Nullable List<Row> lines, @Nullable BigDecimal electricityKwh,
		@Nullable BigDecimal energyTce, @Nullable Integer employees, @Nullable BigDecimal taxes,
		@Valid @Nullable List<InvestmentRow> investments, @Nullable Map<String, String> explanations) {

	/** Empty rows offered below the filled ones, so a new product can be added without scripts. */
	static final int SPARE_ROWS = 2;

	ReportForm {
		lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
		investments = investments == null ? new ArrayList<>() : new ArrayList<>(investments);
		explanations = explanations == null ? new HashMap<>() : new HashMap<>(explanations);
	}

	record Row(@Nullable Product product, @Nullable BigDecimal production, @Nullable BigDecimal sales,
			@Nullable BigDecimal outputValue) {
	}

	record InvestmentRow(@Nullable UUID projectId, @Nullable BigDecimal amount) {
	}

	static ReportForm of(ReportView report, List<UUID> projectsUnderConstruction) {
		List<Row> rows = new ArrayList<>(report.lines()
			.stream()
			.map(l -> new Row(l.product(), l.production(), l.sales(), l.outputValue()))
			.toList());
		for (int i = 0; i < SPARE_ROWS; i++) {
			rows.add(new Row(null, null, null, null));
		}
		Map<UUID, BigDecimal> invested = new HashMap<>();
		report.investments().forEach(i -> invested.put(i.projectId(), i.amount()));
		List<InvestmentRow> investmentRows = projectsUnderConstruction.stream()
			.map(p -> new InvestmentRow(p, invested.get(p)))
			.toList();
		return new ReportForm(rows, report.electricityKwh(), report.energyTce(), report.employees(), report.taxes(),
				investmentRows, report.explanations());
	}

	/** The content to save, with the form row each content line came from. */
	ReportContent content() {
		List<ReportContent.LineInput> content = new ArrayList<>();
		for (Row row : lines) {
			if (row.product() != null) {
				content.add(new ReportContent.LineInput(row.product(), row.production(), row.sales(), row.outputValue()));
			}
		}
		List<ReportContent.InvestmentInput> invested = investments.stream()
			.filter(i -> i.projectId() != null && i.amount() != null)
			.map(i -> new ReportContent.InvestmentInput(i.projectId(), i.amount()))
			.toList();
		return new ReportContent(content, electricityKwh, energyTce, employees, taxes, invested, explanations);
	}

	/** Where content line {@code i} sits among the form's rows. */
	int rowOf(int i) {
		int seen = -1;
		for (int r = 0; r < lines.size(); r++) {
			if (lines.get(r).product() != null && ++seen == i) {
				return r;
			}
		}
		return i;
	}

}
