package org.batterytown.project;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;

/**
 * A capacity line as a form or API sends it. Leave the capacity empty where it is not disclosed; the
 * form defaults to the product's usual one.
 */
public record CapacityLineDraft(@NotNull(message = "{capacity.product.required}") Product product,
		@Nullable @Positive(message = "{capacity.nameplate.positive}") @Digits(integer = 12, fraction = 2, message = "{capacity.nameplate.digits}") BigDecimal nameplate,
		@Nullable ProductForm form) {
}
