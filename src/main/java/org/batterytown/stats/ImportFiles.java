package org.batterytown.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.batterytown.project.Product;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The files around an import: the template (.xlsx with Chinese headers and a sheet of instructions,
 * or .csv) and a refused import's error list. Values from users are written as text, never as
 * formulas, so a cell such as {@code =HYPERLINK(…)} cannot run when the list is opened in Excel.
 */
@Component
public class ImportFiles {

	private final MessageSource messages;

	ImportFiles(MessageSource messages) {
		this.messages = messages;
	}

	public void templateXlsx(OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "BatteryTown", "1.0");
		Worksheet sheet = workbook.newWorksheet("月报");
		for (ImportColumn c : ImportColumn.values()) {
			sheet.value(0, c.ordinal(), c.zh());
			sheet.style(0, c.ordinal()).bold().fillColor("DDEBF7").set();
			sheet.width(c.ordinal(), c == ImportColumn.ENTERPRISE ? 30 : 18);
		}
		// the month as text, so that spreadsheets do not turn 2025-03 into a date of their choosing
		sheet.range(1, ImportColumn.PERIOD.ordinal(), 5000, ImportColumn.PERIOD.ordinal()).style().format("@").set();
		sheet.freezePane(0, 1);
		Worksheet help = workbook.newWorksheet("填写说明");
		List<String> lines = List.of("每行填写一家企业一个月的一种产品；同一企业同一月份的多种产品请相邻排列。",
				"统一社会信用代码与企业名称至少填一项；两项都填时以代码为准。", "报告期写作 2025-03 或 2025年3月。",
				"金额以元计，不含增值税；产量、销量按产品计量单位（见下表）；用电量以千瓦时计。",
				"用电量、综合能源消费量、从业人员、税收为企业当月合计，只需在该月第一行填写。",
				"超出价格或电耗区间等核实性问题，请在“说明”列写明原因，否则该行不能导入。",
				"文件中只要有一行有误，整个文件都不导入，并列出每一行的错误。", "", "产品 | 计量单位");
		for (int i = 0; i < lines.size(); i++) {
			help.value(i, 0, lines.get(i));
		}
		int row = lines.size();
		for (Product p : Product.values()) {
			help.value(row, 0, messages.getMessage("product." + p, null, Locale.SIMPLIFIED_CHINESE));
			help.value(row++, 1, messages.getMessage("unitShort." + p.unit(), null, Locale.SIMPLIFIED_CHINESE));
		}
		help.width(0, 80);
		workbook.finish();
	}

	public void templateCsv(OutputStream out) throws IOException {
		Writer writer = bom(out);
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord((Object[]) java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::zh).toArray());
		}
	}

	public void errorsCsv(ImportResult result, OutputStream out) throws IOException {
		Writer writer = bom(out);
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord("行", "列", "值", "原因");
			for (RowError e : result.errors()) {
				csv.printRecord(e.row(), safe(e.column()), safe(e.value()), safe(e.reason()));
			}
		}
	}

	public void errorsXlsx(ImportResult result, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "BatteryTown", "1.0");
		Worksheet sheet = workbook.newWorksheet("错误");
		String[] headers = { "行", "列", "值", "原因" };
		for (int i = 0; i < headers.length; i++) {
			sheet.value(0, i, headers[i]);
		}
		int row = 1;
		for (RowError e : result.errors()) {
			sheet.value(row, 0, e.row());
			sheet.value(row, 1, e.column());
			sheet.value(row, 2, e.value());
			sheet.value(row++, 3, e.reason());
		}
		sheet.width(3, 80);
		workbook.finish();
	}

	private static Writer bom(OutputStream out) throws IOException {
		// Excel opens a UTF-8 CSV correctly only with the byte-order mark.
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		return new OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

	/** A CSV cell that starts like a formula is prefixed with an apostrophe, as OWASP advises. */
	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
	}

}
