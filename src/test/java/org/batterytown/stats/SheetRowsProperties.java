package org.batterytown.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.batterytown.shared.RuleViolation;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Whatever bytes arrive as an import file — random, text full of quotes and separators, a real .xlsx
 * with bytes flipped — reading them ends normally or with a {@link RuleViolation} that names the file
 * as the problem; never another exception (which would be a server error).
 */
class SheetRowsProperties {

	private static final int WIDTH = ImportColumn.values().length;

	@Property(tries = 300)
	void randomBytesAreReadOrRefusedAsAFile(@ForAll @Size(max = 4_000) byte[] bytes) {
		for (SheetRows.Format format : SheetRows.Format.values()) {
			assertReadOrRefused(format, bytes);
		}
	}

	@Property(tries = 500)
	void csvTextWithQuotesSeparatorsAndControlCharactersIsReadOrRefused(@ForAll("csvText") String text) {
		assertReadOrRefused(SheetRows.Format.CSV, text.getBytes(StandardCharsets.UTF_8));
	}

	@Property(tries = 200)
	void aDamagedXlsxIsReadOrRefused(@ForAll("damage") int[] flips) throws IOException {
		byte[] xlsx = validXlsx();
		for (int i = 0; i + 1 < flips.length; i += 2) {
			int at = Math.floorMod(flips[i], xlsx.length);
			xlsx[at] = (byte) flips[i + 1];
		}
		assertReadOrRefused(SheetRows.Format.XLSX, xlsx);
	}

	@Property(tries = 100)
	void aTruncatedXlsxIsReadOrRefused(@ForAll("fraction") double kept) throws IOException {
		byte[] xlsx = validXlsx();
		byte[] truncated = java.util.Arrays.copyOf(xlsx, (int) (xlsx.length * kept));
		assertReadOrRefused(SheetRows.Format.XLSX, truncated);
	}

	@Provide
	Arbitrary<String> csvText() {
		return Arbitraries.strings()
			.withChars('"', ',', '\n', '\r', '\t', ' ', 'a', '1', '-', '=', '\u0000', '年', '月', '\uFEFF')
			.ofMaxLength(400);
	}

	@Provide
	Arbitrary<int[]> damage() {
		return Arbitraries.integers().array(int[].class).ofMinSize(2).ofMaxSize(40);
	}

	@Provide
	Arbitrary<Double> fraction() {
		return Arbitraries.doubles().between(0, 1);
	}

	private static void assertReadOrRefused(SheetRows.Format format, byte[] bytes) {
		int[] rows = { 0 };
		try {
			SheetRows.read(format, new ByteArrayInputStream(bytes), WIDTH, (number, cells) -> {
				assertThat(cells).hasSize(WIDTH).doesNotContainNull();
				rows[0]++;
				return true;
			});
		}
		catch (RuleViolation ex) {
			assertThat(ex.field()).isEqualTo("file");
		}
		catch (Exception ex) {
			throw new AssertionError(format + " of " + bytes.length + " bytes threw " + ex, ex);
		}
	}

	private static byte[] validXlsx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "BatteryTown", "1.0");
		Worksheet sheet = workbook.newWorksheet("月报");
		String[] header = { "统一社会信用代码", "企业名称", "报告期", "产品", "产量" };
		for (int c = 0; c < header.length; c++) {
			sheet.value(0, c, header[c]);
		}
		for (int r = 1; r < 20; r++) {
			sheet.value(r, 1, "企业" + r);
			sheet.value(r, 2, "2025-" + (1 + r % 12));
			sheet.value(r, 4, r * 100);
		}
		workbook.finish();
		return out.toByteArray();
	}

}
