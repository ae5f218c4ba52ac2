package org.batterytown.approval.web;

import java.time.LocalDate;

import org.batterytown.approval.ItemAction;
import org.jspecify.annotations.Nullable;

/** A checklist row's action form, with the case version it was read at. */
record ItemActionForm(@Nullable Long version, ItemAction.@Nullable Kind kind, @Nullable LocalDate on,
		@Nullable String documentNo, @Nullable Boolean kept, @Nullable String result) {

	ItemAction action() {
		return new ItemAction(kind, on, documentNo, kept, result);
	}

}
