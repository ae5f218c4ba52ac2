package org.batterytown.attraction;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An ambassador's appointment with the leads credited to them and how many were signed. */
public record AmbassadorView(UUID id, UUID parkId, String organisation, String title, @Nullable String appointedAt,
		@Nullable LocalDate appointedOn, @Nullable LocalDate termEndsOn, @Nullable UUID sourceId,
		@Nullable String quote, int leads, int signed) {
}
