package org.batterytown.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says a recorded change in words: the audit trail stores codes ({@code PLANNED}, {@code ANODE_FINISHED
 * 8000 TONNES_PER_YEAR FINISHED}) so that it stays exact; a change history shows 规划 and 负极材料成品 8,000 吨.
 * Templates use it as {@code @auditText}.
 */
@Component("auditText")
public class AuditText {

	private final MessageSource messages;

	private final Figures figures;

	AuditText(MessageSource messages, Figures figures) {
		this.messages = messages;
		this.figures = figures;
	}

	/** The value of a field as a reader understands it; {@literal null} stays {@literal null}. */
	public @Nullable String value(String field, @Nullable String value) {
		if (value == null) {
			return null;
		}
		if (field.equals("stage") || field.endsWith(".stage")) {
			return label("stage." + value, value);
		}
		return switch (field) {
			case "capacityLines" -> Arrays.stream(value.split("; ")).map(this::line).collect(Collectors.joining("；"));
			case "chainRoles" -> Arrays.stream(value.split(","))
				.map(r -> label("chainRole." + r, r))
				.collect(Collectors.joining("、"));
			case "chainLeader" -> label("audit." + value, value);
			case "totalInvestment" -> figures.yuan(new BigDecimal(value));
			default -> value;
		};
	}

	/** "ANODE_FINISHED 8000 TONNES_PER_YEAR FINISHED" becomes "负极材料成品 8,000 吨 成品". */
	private String line(String line) {
		String[] parts = line.split(" ");
		if (parts.length != 4) {
			return line;
		}
		BigDecimal nameplate = parts[1].equals("?") ? null : new BigDecimal(parts[1]);
		return label("product." + parts[0], parts[0]) + " " + figures.capacity(nameplate, parts[2]) + " "
				+ label("form." + parts[3], parts[3]);
	}

	private String label(String key, String fallback) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, fallback, locale);
	}

}
