package org.batterytown.retention;

import java.time.Instant;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A supplier or customer of an enterprise. {@code inParkEnterpriseId}: the park's enterprise of that
 * name, if there is one; {@code candidateId}: the target-list candidate it was offered as.
 */
public record PartnerView(UUID id, UUID parkId, UUID enterpriseId, LocalizedText enterpriseName, PartnerRelation relation,
		String name, @Nullable Link link, @Nullable String location, @Nullable UUID inParkEnterpriseId,
		@Nullable UUID candidateId, @Nullable String note, Instant createdAt, String createdBy) {

	/** Not in the park and not yet offered: a candidate for the target list (以商招商). */
	public boolean offerable() {
		return inParkEnterpriseId == null && candidateId == null && link != null;
	}

}
