package org.batterytown.attraction;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An investment ambassador's appointment (招商大使), recorded by organisation and title. */
public record AmbassadorDraft(@Nullable UUID parkId, @Nullable String organisation, @Nullable String title,
		@Nullable String appointedAt, @Nullable LocalDate appointedOn, @Nullable LocalDate termEndsOn,
		@Nullable UUID sourceId, @Nullable String quote) {
}
