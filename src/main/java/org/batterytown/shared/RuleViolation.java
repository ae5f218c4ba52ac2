package org.batterytown.shared;

import org.jspecify.annotations.Nullable;

/**
 * A business rule refused a change (an illegal stage jump, a duplicate code). Carries a message key
 * so that pages and the API say it in the user's language, and the field it belongs to, if any.
 */
public class RuleViolation extends RuntimeException {

	private final @Nullable String field;

	private final String messageKey;

	private final Object[] arguments;

	public RuleViolation(@Nullable String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public @Nullable String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
