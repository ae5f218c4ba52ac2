package org.batterytown.shared;

/**
 * Reads the version a client based its edit on, sent as an HTTP {@code If-Match} entity tag
 * ({@code "3"}, {@code W/"3"} or {@code 3}).
 */
public final class ExpectedVersion {

	private ExpectedVersion() {
	}

	/** @throws RuleViolation if the tag is not a version number */
	public static long parse(String ifMatch) {
		String tag = ifMatch.trim();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("If-Match", "version.invalid", ifMatch);
		}
	}

}
