package org.batterytown.chain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.batterytown.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * New low / base / high values of a coefficient, the source that justifies them, its grade (A–D) and
 * why it changed.
 */
public record Band(@Positive(message = "{chain.coefficient.positive}") double low,
		@Positive(message = "{chain.coefficient.positive}") double base,
		@Positive(message = "{chain.coefficient.positive}") double high,
		@NotBlank(message = "{chain.coefficient.source}") @Size(max = 500) String source,
		@NotNull @Pattern(regexp = "[ABCD]", message = "{chain.coefficient.grade}") String grade,
		@Nullable @Size(max = 200) String note) {

	/** @throws RuleViolation unless 0 < low ≤ base ≤ high */
	void requireOrder() {
		if (!(low > 0 && low <= base && base <= high)) {
			throw new RuleViolation("low", "chain.coefficient.order");
		}
	}

}
