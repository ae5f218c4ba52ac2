package org.batterytown.stats.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.batterytown.stats.Light;
import org.batterytown.stats.MonthDispatch;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;

/**
 * The dispatch report as an .xlsx workbook, one sheet per table, numbers as numbers (money in the
 * column's unit, rates as percentages) so that leaders' staff can compute with them.
 */
final class DispatchExcel {

	private final DispatchTables tables;

	DispatchExcel(MessageSource messages, Locale locale) {
		this.tables = new DispatchTables(messages, locale);
	}

	void write(MonthDispatch month, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "BatteryTown", "1.0");
		boolean first = true;
		for (DispatchTables.Table table : tables.tables(month.dispatch())) {
			Worksheet sheet = workbook.newWorksheet(table.sheet());
			int row = 0;
			if (first) {
				sheet.value(row++, 0, tables.title(month.dispatch()));
				sheet.value(row++, 0, tables.status(month));
				sheet.value(row++, 0, tables.lightSummary(month.dispatch()));
				first = false;
			}
			sheet.value(row, 0, table.title());
			sheet.style(row++, 0).bold().set();
			for (int c = 0; c < table.header().size(); c++) {
				sheet.value(row, c, table.header().get(c));
				sheet.style(row, c).bold().fillColor("E9ECEF").set();
			}
			row++;
			for (List<DispatchTables.Cell> cells : table.rows()) {
				for (int c = 0; c < cells.size(); c++) {
					write(sheet, row, c, cells.get(c));
				}
				row++;
			}
		}
		workbook.finish();
	}

	private static void write(Worksheet sheet, int row, int col, DispatchTables.Cell cell) {
		if (cell.number() != null) {
			sheet.value(row, col, cell.number());
			if (cell.rate()) {
				sheet.style(row, col).format("0.0%").set();
			}
			return;
		}
		// fastexcel writes a string as a string cell, never as a formula, whatever it starts with
		sheet.value(row, col, cell.text());
		if (cell.light() != null && cell.light() != Light.NONE) {
			sheet.style(row, col).fillColor(switch (cell.light()) {
				case RED -> "F8D7DA";
				case AMBER -> "FFF3CD";
				default -> "D1E7DD";
			}).set();
		}
	}

}
