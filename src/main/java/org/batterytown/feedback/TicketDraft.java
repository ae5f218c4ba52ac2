package org.batterytown.feedback;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A ticket as filed: an enterprise user files for their own enterprise; the zone's staff may file on an
 * enterprise's behalf (a visit, a phone call) by naming it.
 */
public record TicketDraft(@Nullable UUID enterpriseId, @Nullable UUID projectId, @Nullable String category,
		@Nullable String title, @Nullable String description) {
}
