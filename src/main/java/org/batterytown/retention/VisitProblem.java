package org.batterytown.retention;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/** A problem an enterprise raised in a visit, and what it became: a ticket or a follow-up task. */
@Table("retention_visit_problem")
record VisitProblem(String text, @Nullable UUID ticketId, @Nullable UUID followUpId) {

	boolean taken() {
		return ticketId != null || followUpId != null;
	}

}
