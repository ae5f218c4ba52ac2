package org.batterytown.plan;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A version in a plan's history: its number, why it was made, who made it and when. */
public record VersionEntry(int no, @Nullable String note, Instant createdAt, String createdBy) {
}
