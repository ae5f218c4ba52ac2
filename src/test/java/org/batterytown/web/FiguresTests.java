package org.batterytown.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

/** Figures as officials read them (UI.md), in Chinese and in English. */
class FiguresTests {

	private final Figures figures = new Figures();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void chinese() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

		assertThat(figures.tonnes(new BigDecimal("220000"))).isEqualTo("22.00 万吨");
		assertThat(figures.tonnes(new BigDecimal("2500"))).isEqualTo("2,500 吨");
		assertThat(figures.yuan(new BigDecimal("1330000000"))).isEqualTo("13.30 亿元");
		assertThat(figures.yuan(new BigDecimal("8500000"))).isEqualTo("850.00 万元");
		assertThat(figures.capacity(new BigDecimal("7000"), "PIECES_PER_YEAR")).isEqualTo("7,000 块");
		assertThat(figures.date(LocalDate.of(2023, 6, 14))).isEqualTo("2023年6月14日");
		assertThat(figures.tonnes(null)).isEqualTo("未披露");
	}

	@Test
	void english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(figures.tonnes(new BigDecimal("220000"))).isEqualTo("220 kt");
		assertThat(figures.tonnes(new BigDecimal("2500"))).isEqualTo("2,500 t");
		assertThat(figures.yuan(new BigDecimal("1330000000"))).isEqualTo("1.33 billion yuan");
		assertThat(figures.yuan(new BigDecimal("8500000"))).isEqualTo("8.5 million yuan");
		assertThat(figures.date(LocalDate.of(2023, 6, 14))).isEqualTo("14 Jun 2023");
		assertThat(figures.yuan(null)).isEqualTo("not disclosed");
	}

}
