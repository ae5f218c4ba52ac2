package org.batterytown.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class AttachmentTypesTests {

	@Test
	void theTypeComesFromTheBytesNotTheName() {
		assertThat(AttachmentTypes.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "x.exe")).hasValue("application/pdf");
		assertThat(AttachmentTypes.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }, "photo.pdf"))
			.hasValue("image/jpeg");
		assertThat(AttachmentTypes.of("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "report.pdf")).isEmpty();
		assertThat(AttachmentTypes.of(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0 }, "data.xlsx")).isPresent();
		assertThat(AttachmentTypes.of(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0 }, "archive.zip")).isEmpty();
		assertThat(AttachmentTypes.of(new byte[0], "empty.pdf")).isEmpty();
	}

	@Test
	void aNameKeepsOnlyItsLastSegmentWithoutControlCharacters() {
		assertThat(AttachmentTypes.cleanName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(AttachmentTypes.cleanName("C:\\Users\\x\\情况说明.pdf")).isEqualTo("情况说明.pdf");
		assertThat(AttachmentTypes.cleanName("a\r\nb\".pdf")).isEqualTo("ab.pdf");
		assertThat(AttachmentTypes.cleanName("..")).isEqualTo("attachment");
		assertThat(AttachmentTypes.cleanName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
	}

}
