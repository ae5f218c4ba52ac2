package org.batterytown.stats.web;

import java.util.Locale;

import org.batterytown.stats.MonthDispatch;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The dispatch report's downloads, for the page and the API alike. */
@Component
class DispatchFiles {

	private final MessageSource messages;

	private final PdfFonts fonts;

	DispatchFiles(MessageSource messages, PdfFonts fonts) {
		this.messages = messages;
		this.fonts = fonts;
	}

	ResponseEntity<StreamingResponseBody> pdf(MonthDispatch month, Locale locale) {
		return Downloads.of(name(month, locale) + ".pdf", "application/pdf",
				out -> new DispatchPdf(messages, locale, fonts.font()).write(month, out));
	}

	ResponseEntity<StreamingResponseBody> xlsx(MonthDispatch month, Locale locale) {
		return Downloads.of(name(month, locale) + ".xlsx", Downloads.XLSX,
				out -> new DispatchExcel(messages, locale).write(month, out));
	}

	private String name(MonthDispatch month, Locale locale) {
		return messages.getMessage("stats.dispatch.fileName", new Object[] { month.dispatch().month().toString() },
				locale) + (month.closed() ? "" : "-" + messages.getMessage("stats.dispatch.draftSuffix", null, locale));
	}

}
