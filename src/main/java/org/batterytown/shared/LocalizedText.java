package org.batterytown.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A name or text in Chinese, the official form, and optionally in English.
 *
 * @param zh the Chinese text; never blank
 * @param en the English text; {@literal null} where none was given
 */
public record LocalizedText(String zh, @Nullable String en) {

	public LocalizedText {
		if (zh == null || zh.isBlank()) {
			throw new IllegalArgumentException("Chinese text is required");
		}
		en = en == null || en.isBlank() ? null : en;
	}

	/** The English text for English readers where there is one, else the Chinese. */
	public String in(Locale locale) {
		return "en".equals(locale.getLanguage()) && en != null ? en : zh;
	}

	@Override
	public String toString() {
		return en == null ? zh : zh + " / " + en;
	}

}
