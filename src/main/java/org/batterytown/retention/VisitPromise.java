package org.batterytown.retention;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/** A promise the zone made in a visit, kept track of as a follow-up task. */
@Table("retention_visit_promise")
record VisitPromise(String text, @Nullable LocalDate dueOn, @Nullable UUID followUpId) {
}
