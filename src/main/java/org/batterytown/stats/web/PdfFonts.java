package org.batterytown.stats.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * The font of the dispatch PDF. The first readable file of {@code batterytown.stats.pdf.fonts} is
 * embedded (subset), so the PDF reads the same on any viewer; Debian's fonts-noto-cjk is the default.
 * Without one, the PDF names the standard CJK font STSong-Light, which Acrobat and most Chinese
 * readers supply but some viewers do not.
 */
@Component
class PdfFonts {

	private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

	private final BaseFont font;

	PdfFonts(Settings settings) {
		this.font = load(settings.fonts());
	}

	BaseFont font() {
		return font;
	}

	private static BaseFont load(List<String> candidates) {
		for (String candidate : candidates) {
			String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
			if (Files.isReadable(Path.of(file))) {
				try {
					return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
				}
				catch (DocumentException | IOException ex) {
					log.warn("PDF font {} could not be read: {}", candidate, ex.getMessage());
				}
			}
		}
		log.info("No CJK font file found for PDFs; they name STSong-Light without embedding it");
		try {
			return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("the PDF CJK font STSong-Light is missing", ex);
		}
	}

	/** {@code fonts}: font files (a TrueType collection with ",index") tried in order. */
	@ConfigurationProperties("batterytown.stats.pdf")
	record Settings(@Nullable List<String> fonts) {

		Settings {
			fonts = fonts != null ? List.copyOf(fonts)
					: List.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
							"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
							"/usr/share/fonts/truetype/arphic/uming.ttc,0");
		}

	}

}
