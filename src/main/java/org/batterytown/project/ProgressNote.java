package org.batterytown.project;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A dated note on how the project is going, e.g. what the site visit of 2023-06-14 saw. */
@Table("progress_note")
record ProgressNote(UUID parkId, Instant writtenAt, String username, String text) {
}
