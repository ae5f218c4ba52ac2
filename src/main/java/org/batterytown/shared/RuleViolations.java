package org.batterytown.shared;

import java.util.List;

/**
 * Several business rules refused one change at once, e.g. the hard review errors of a monthly report:
 * the user should see all of them next to their fields, not one per attempt.
 */
public class RuleViolations extends RuntimeException {

	private final List<RuleViolation> violations;

	public RuleViolations(List<RuleViolation> violations) {
		super(violations.isEmpty() ? "no violations" : violations.get(0).messageKey());
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return violations;
	}

}
