package org.batterytown.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the rows of an uploaded .xlsx (first sheet) or .csv (UTF-8) one at a time, as text: a number
 * cell becomes its plain decimal, a date cell its ISO date. Nothing holds the whole file.
 */
final class SheetRows {

	/** Receives each row: its number as the spreadsheet shows it (the header is row 1) and its cells. */
	interface RowHandler {

		/** @return false to stop reading */
		boolean row(long number, String[] cells);

	}

	enum Format {

		XLSX, CSV;

		static Format of(String fileName) {
			String lower = fileName.toLowerCase(java.util.Locale.ROOT);
			if (lower.endsWith(".xlsx")) {
				return XLSX;
			}
			if (lower.endsWith(".csv")) {
				return CSV;
			}
			throw new org.batterytown.shared.RuleViolation("file", "stats.import.format");
		}

	}

	private SheetRows() {
	}

	static void read(Format format, InputStream in, int width, RowHandler handler) throws IOException {
		if (format == Format.CSV) {
			csv(in, width, handler);
		}
		else {
			xlsx(in, width, handler);
		}
	}

	private static void csv(InputStream in, int width, RowHandler handler) throws IOException {
		// Strict UTF-8: a GBK file must be refused with a clear message, not read as mojibake.
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		long number = 0;
		try (Reader reader = new InputStreamReader(skipBom(in), decoder);
				CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(reader)) {
			for (Iterator<CSVRecord> it = parser.iterator(); hasNext(it, number);) {
				CSVRecord record = it.next();
				number++;
				String[] cells = new String[width];
				for (int i = 0; i < width; i++) {
					cells[i] = i < record.size() ? record.get(i) : "";
				}
				if (!handler.row(number, cells)) {
					return;
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw new org.batterytown.shared.RuleViolation("file", "stats.import.encoding");
		}
		catch (CSVException ex) {
			throw malformedCsv(number);
		}
	}

	/** The parser reads ahead while asked for the next record: that is where a broken file shows. */
	private static boolean hasNext(Iterator<CSVRecord> it, long rowsRead) {
		try {
			return it.hasNext();
		}
		catch (java.io.UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				throw new org.batterytown.shared.RuleViolation("file", "stats.import.encoding");
			}
			if (ex.getCause() instanceof CSVException) {
				throw malformedCsv(rowsRead);
			}
			throw ex;
		}
	}

	private static org.batterytown.shared.RuleViolation malformedCsv(long rowsRead) {
		// an unclosed quote runs on to the end of the file, so the row it starts in is the one to check
		return new org.batterytown.shared.RuleViolation("file", "stats.import.malformedCsv", rowsRead + 1);
	}

	private static InputStream skipBom(InputStream in) throws IOException {
		var buffered = new java.io.BufferedInputStream(in, 65536);
		buffered.mark(3);
		byte[] head = buffered.readNBytes(3);
		if (!(head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF)) {
			buffered.reset();
		}
		return buffered;
	}

	private static void xlsx(InputStream in, int width, RowHandler handler) throws IOException {
		ReadableWorkbook workbook;
		try {
			workbook = new ReadableWorkbook(in);
		}
		catch (IOException | RuntimeException ex) {
			throw new org.batterytown.shared.RuleViolation("file", "stats.import.notXlsx");
		}
		try (workbook; Stream<Row> rows = openFirstSheet(workbook)) {
			for (Iterator<Row> it = rows.iterator(); hasNextRow(it);) {
				Row row = it.next();
				String[] cells = new String[width];
				for (int i = 0; i < width; i++) {
					cells[i] = text(row.getCellCount() > i ? row.getCell(i) : null);
				}
				if (!handler.row(row.getRowNum(), cells)) {
					return;
				}
			}
		}
		catch (IOException ex) {
			// the handler throws no IOException: this is the workbook failing to read or close
			throw new org.batterytown.shared.RuleViolation("file", "stats.import.notXlsx");
		}
	}

	private static Stream<Row> openFirstSheet(ReadableWorkbook workbook) {
		try {
			return workbook.getFirstSheet().openStream();
		}
		catch (IOException | RuntimeException ex) {
			throw new org.batterytown.shared.RuleViolation("file", "stats.import.notXlsx");
		}
	}

	/** A damaged sheet shows only while it is read: a broken zip entry, XML that is not well formed. */
	private static boolean hasNextRow(Iterator<Row> it) {
		try {
			return it.hasNext();
		}
		catch (RuntimeException ex) {
			throw new org.batterytown.shared.RuleViolation("file", "stats.import.notXlsx");
		}
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			String format = cell.getDataFormatString();
			if (format != null && format.matches(".*[yY].*") && !format.contains("0")) {
				return cell.asDate().toLocalDate().toString();
			}
			BigDecimal number = cell.asNumber();
			return number.stripTrailingZeros().toPlainString();
		}
		String text = cell.getText();
		return text == null ? "" : text.strip();
	}

}
