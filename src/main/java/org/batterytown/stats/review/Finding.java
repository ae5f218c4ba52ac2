package org.batterytown.stats.review;

import java.util.List;

/**
 * What a rule found in a report. {@code key} identifies the finding for its explanation (a rule may
 * fire once per product line); {@code field} is where the message belongs in the form, e.g.
 * {@code lines[0].outputValue}.
 */
public record Finding(String rule, String key, Severity severity, String field, String messageKey,
		List<Object> arguments) {

	public Finding {
		arguments = List.copyOf(arguments);
	}

	public boolean hard() {
		return severity == Severity.HARD;
	}

}
