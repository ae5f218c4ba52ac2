package org.batterytown.attraction.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.batterytown.attraction.LeadView;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The pipeline as an .xlsx sheet, numbers as numbers. The investor's columns are left out altogether
 * for readers who may see only code names, so the file carries nothing they may not see.
 */
final class LeadExport {

	private final MessageSource messages;

	private final Locale locale;

	LeadExport(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	void write(List<LeadView> leads, boolean investors, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "BatteryTown", "1.0");
		Worksheet sheet = workbook.newWorksheet(text("leads.title"));
		List<String> header = new ArrayList<>(List.of(text("leads.codeName")));
		if (investors) {
			header.add(text("leads.investor"));
			header.add(text("leads.company"));
		}
		header.addAll(List.of(text("leads.link"), text("leads.source"), text("leads.stage"), text("leads.investment"),
				text("leads.capacity"), text("leads.land"), text("leads.power"), text("leads.jobs"),
				text("leads.likelihood"), text("leads.nextAction"), text("leads.nextActionDue"),
				text("leads.agreementDate"), text("leads.agreementAmount")));
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
			sheet.style(0, c).bold().fillColor("E9ECEF").set();
		}
		int row = 1;
		for (LeadView l : leads) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(l.codeName());
			if (investors) {
				cells.add(l.investorGroup());
				cells.add(l.localCompany());
			}
			cells.add(l.link() == null ? null : text("link." + l.link()));
			cells.add(text("leadSource." + l.source()));
			cells.add(text("leadStage." + l.stage()));
			cells.addAll(java.util.Arrays.asList(l.expectedInvestment(), l.capacity(), l.landMu(), l.powerLoadMw(),
					l.jobs(), l.likelihood(), l.nextAction(), l.nextActionDue(), l.agreementDate(), l.agreementAmount()));
			for (int c = 0; c < cells.size(); c++) {
				write(sheet, row, c, cells.get(c));
			}
			row++;
		}
		workbook.finish();
	}

	private static void write(Worksheet sheet, int row, int col, @Nullable Object value) {
		if (value instanceof BigDecimal number) {
			sheet.value(row, col, number);
		}
		else if (value instanceof Integer number) {
			sheet.value(row, col, number);
		}
		else if (value instanceof LocalDate date) {
			sheet.value(row, col, date);
			sheet.style(row, col).format("yyyy-mm-dd").set();
		}
		else if (value != null) {
			// text that looks like a formula stays text
			String text = value.toString();
			sheet.value(row, col, text.startsWith("=") || text.startsWith("+") || text.startsWith("-")
					|| text.startsWith("@") ? "'" + text : text);
		}
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, locale);
	}

}
