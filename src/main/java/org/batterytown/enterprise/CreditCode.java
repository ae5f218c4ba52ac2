package org.batterytown.enterprise;

import java.util.Optional;

/**
 * A Unified Social Credit Code (统一社会信用代码) per GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, S, V, Z); the last is a check character over the first 17.
 */
public final class CreditCode {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private final String value;

	private CreditCode(String value) {
		this.value = value;
	}

	/**
	 * @param text the code; surrounding blanks and lower case are forgiven
	 * @throws IllegalArgumentException naming the problem (see {@link #problem})
	 */
	public static CreditCode of(String text) {
		String normal = normalize(text);
		problem(normal).ifPresent(key -> {
			throw new IllegalArgumentException(key);
		});
		return new CreditCode(normal);
	}

	/**
	 * What is wrong with a code, as a message key: {@code creditCode.length}, {@code creditCode.characters}
	 * or {@code creditCode.checkCharacter}; empty if it is valid.
	 */
	public static Optional<String> problem(String text) {
		String code = normalize(text);
		if (code.length() != 18) {
			return Optional.of("creditCode.length");
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return Optional.of("creditCode.characters");
			}
		}
		return code.charAt(17) == checkCharacter(code) ? Optional.empty() : Optional.of("creditCode.checkCharacter");
	}

	/** The check character the first 17 characters call for. */
	static char checkCharacter(String code) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return ALPHABET.charAt(check);
	}

	static String normalize(String text) {
		return text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
	}

	public String value() {
		return value;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CreditCode code && code.value.equals(value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return value;
	}

}
