package org.batterytown.land;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A parcel reserved for a project, transferred to it (on a date), or released back to available. */
public record StatusChange(@Nullable ParcelStatus status, @Nullable UUID projectId, @Nullable LocalDate on) {
}
