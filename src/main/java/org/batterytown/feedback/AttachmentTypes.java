package org.batterytown.feedback;

import java.util.Locale;
import java.util.Optional;

/**
 * What an attachment is, decided by its first bytes, never by the name or the type the browser claims:
 * PDF, PNG, JPEG, and Word or Excel files (ZIP containers, told apart by the name's extension once the
 * bytes show a ZIP). Anything else is refused. Plain Java.
 */
final class AttachmentTypes {

	private AttachmentTypes() {
	}

	static Optional<String> of(byte[] bytes, String filename) {
		if (starts(bytes, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of("application/pdf");
		}
		if (starts(bytes, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (starts(bytes, 0x50, 0x4B, 0x03, 0x04)) {
			String name = filename.toLowerCase(Locale.ROOT);
			if (name.endsWith(".docx")) {
				return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
			}
			if (name.endsWith(".xlsx")) {
				return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			}
		}
		return Optional.empty();
	}

	/**
	 * The name to show and to send back: the last path segment only (a name like {@code ../../etc/passwd}
	 * or {@code C:\x\y.pdf} keeps its file name), without control characters, at most 200 characters.
	 */
	static String cleanName(String filename) {
		String name = filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "attachment";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static boolean starts(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
