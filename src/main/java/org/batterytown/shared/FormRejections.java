package org.batterytown.shared;

import org.springframework.validation.BindingResult;

/** Puts a business rule's refusal next to its field, or above the form when it has none. */
public final class FormRejections {

	private FormRejections() {
	}

	public static void reject(BindingResult result, RuleViolation ex) {
		if (ex.field() != null && result.getFieldType(ex.field()) != null) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

}
