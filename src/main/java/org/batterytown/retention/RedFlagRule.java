package org.batterytown.retention;

import java.util.Set;

import org.batterytown.shared.LocalizedText;

/**
 * An answer that needs someone to act (a "red flag" of BR&E practice): when the answer to
 * {@code questionCode} is one of {@code values}, a follow-up is opened, due in {@code dueWorkingDays};
 * {@code weight} is what it adds to the enterprise's risk score. An inference of this platform, so
 * admins change it.
 */
public record RedFlagRule(String code, String questionCode, Set<String> values, LocalizedText label,
		int dueWorkingDays, int weight, boolean active, long version) {

	public boolean matches(String questionCode, String value) {
		return active && this.questionCode.equals(questionCode) && values.contains(value);
	}

}
