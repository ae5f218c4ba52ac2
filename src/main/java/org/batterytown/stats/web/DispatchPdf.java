package org.batterytown.stats.web;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.batterytown.stats.Dispatch;
import org.batterytown.stats.Light;
import org.batterytown.stats.Measure;
import org.batterytown.stats.MonthDispatch;

import org.springframework.context.MessageSource;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The dispatch report as a PDF (A4 landscape): what the month's snapshot holds, table by table, with
 * the output chart, in the CJK font {@link PdfFonts} finds.
 */
final class DispatchPdf {

	private final DispatchTables tables;

	private final Font body;

	private final Font bold;

	private final Font heading;

	DispatchPdf(MessageSource messages, Locale locale, BaseFont font) {
		this.tables = new DispatchTables(messages, locale);
		body = new Font(font, 8);
		bold = new Font(font, 8, Font.BOLD);
		heading = new Font(font, 12, Font.BOLD);
	}

	void write(MonthDispatch month, OutputStream out) {
		Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			Paragraph title = new Paragraph(tables.title(month.dispatch()), new Font(body.getBaseFont(), 16, Font.BOLD));
			title.setAlignment(Element.ALIGN_CENTER);
			document.add(title);
			document.add(paragraph(tables.status(month), body));
			document.add(paragraph(tables.lightSummary(month.dispatch()), body));
			for (DispatchTables.Table table : tables.tables(month.dispatch())) {
				document.add(paragraph(table.title(), heading));
				document.add(pdfTable(table));
				if (table.chartAfter()) {
					Image chart = Image.getInstance(DispatchChart.outputTrend(month.dispatch(),
							tables.numbers().divisor(Measure.OUTPUT_VALUE)));
					chart.scaleToFit(760, 280);
					document.add(chart);
					document.add(paragraph(tables.chartCaption(), body));
				}
			}
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("the dispatch report could not be written", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Paragraph paragraph(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setSpacingBefore(6);
		p.setSpacingAfter(4);
		return p;
	}

	private PdfPTable pdfTable(DispatchTables.Table table) {
		PdfPTable pdf = new PdfPTable(table.header().size());
		pdf.setWidthPercentage(100);
		pdf.setHeaderRows(1);
		for (String h : table.header()) {
			PdfPCell cell = new PdfPCell(new Phrase(h, bold));
			cell.setBackgroundColor(new Color(0xe9, 0xec, 0xef));
			pdf.addCell(cell);
		}
		for (List<DispatchTables.Cell> row : table.rows()) {
			for (DispatchTables.Cell c : row) {
				PdfPCell cell = new PdfPCell(new Phrase(c.text(), body));
				if (c.numeric()) {
					cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
				}
				if (c.light() != null && c.light() != Light.NONE) {
					cell.setBackgroundColor(color(c.light()));
				}
				pdf.addCell(cell);
			}
		}
		if (table.rows().isEmpty()) {
			PdfPCell none = new PdfPCell(new Phrase(tables.none(), body));
			none.setColspan(table.header().size());
			pdf.addCell(none);
		}
		return pdf;
	}

	private static Color color(Light light) {
		return switch (light) {
			case RED -> new Color(0xf8, 0xd7, 0xda);
			case AMBER -> new Color(0xff, 0xf3, 0xcd);
			case GREEN -> new Color(0xd1, 0xe7, 0xdd);
			case NONE -> Color.WHITE;
		};
	}

}
