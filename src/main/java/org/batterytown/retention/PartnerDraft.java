package org.batterytown.retention;

import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/** A supplier or customer an enterprise named: who, in which link of the chain, where. */
public record PartnerDraft(@Nullable UUID enterpriseId, @Nullable PartnerRelation relation, @Nullable String name,
		@Nullable Link link, @Nullable String location, @Nullable String note) {
}
