package org.batterytown.shared;

import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Puts a business rule's refusal next to its field, or above the form when it has none. */
public final class FormRejections {

	private FormRejections() {
	}

	public static void reject(BindingResult result, RuleViolation ex) {
		// with no target (a value of the form could not even be converted) no field can be looked up
		if (ex.field() != null && result.getTarget() != null && result.getFieldType(ex.field()) != null) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

	public static void reject(BindingResult result, RuleViolations ex) {
		ex.violations().forEach(v -> reject(result, v));
	}

	/**
	 * Puts a form object and its errors into the model. The errors are carried over onto the object
	 * shown: when a value cannot even be converted (letters in a number), the bound record was never
	 * built and the original binding result has no target, yet the user must see the field, their
	 * input and the message.
	 */
	public static void show(Model model, String name, Object form, @Nullable BindingResult result) {
		model.addAttribute(name, form);
		if (result != null && result.hasErrors()) {
			BeanPropertyBindingResult shown = new BeanPropertyBindingResult(form, name);
			shown.addAllErrors(result);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, shown);
		}
	}

}
