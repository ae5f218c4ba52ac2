package org.batterytown.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** One field's change, old → new, as text; {@literal null} means the value was unknown. */
public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {

	/** Collects the changes between two states, skipping fields that stayed equal. */
	public static final class Diff {

		private final List<FieldChange> changes = new ArrayList<>();

		public Diff field(String field, @Nullable Object before, @Nullable Object after) {
			if (!Objects.equals(text(before), text(after))) {
				changes.add(new FieldChange(field, text(before), text(after)));
			}
			return this;
		}

		public List<FieldChange> changes() {
			return List.copyOf(changes);
		}

		private static @Nullable String text(@Nullable Object value) {
			if (value instanceof java.math.BigDecimal decimal) {
				return decimal.stripTrailingZeros().toPlainString();
			}
			if (value == null || value.toString().isBlank()) {
				return null;
			}
			return value.toString();
		}

	}

}
