package org.batterytown.project;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/** A dated event with its baseline (planned) and actual date; either may be unknown. */
@Table("milestone")
record Milestone(UUID parkId, MilestoneKind kind, @Nullable LocalDate plannedDate, @Nullable LocalDate actualDate) {
}
