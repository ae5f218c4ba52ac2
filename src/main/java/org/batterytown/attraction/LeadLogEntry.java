package org.batterytown.attraction;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/** A stage a lead reached: who moved it, when and why. */
@Table("lead_stage_log")
record LeadLogEntry(UUID parkId, LeadStage stage, Instant at, String username, @Nullable String note) {
}
