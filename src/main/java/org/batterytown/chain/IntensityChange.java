package org.batterytown.chain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.batterytown.chain.model.Basis;
import org.batterytown.chain.model.Chemistry;
import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/**
 * New values for one intensity, with the source that justifies them and its grade.
 *
 * @param note why it changed, kept in the set's history
 */
public record IntensityChange(@NotNull Link link, @NotNull Chemistry chemistry, @NotNull Basis basis,
		@Positive(message = "{chain.coefficient.positive}") double low,
		@Positive(message = "{chain.coefficient.positive}") double base,
		@Positive(message = "{chain.coefficient.positive}") double high,
		@NotBlank(message = "{chain.coefficient.source}") @Size(max = 500) String source,
		@Pattern(regexp = "[ABCD]", message = "{chain.coefficient.grade}") @NotNull String gradeLetter,
		@Nullable @Size(max = 200) String note) {

	public char grade() {
		return gradeLetter.charAt(0);
	}

}
